import type { TStoredValue, TTemplateItem } from "@greenfin/contracts";
import type { Lang } from "../../../i18n";

type Payload = TStoredValue["payload"];
type UnitView = TTemplateItem["unitChoices"][number];

/** Digits grouped in threes, on decimal text (never through a float). */
export function groupDecimal(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return `${m[1]}${(m[2] ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/** "12.5000" → "12.5", "10.0000" → "10": decimal text without trailing zeros, never through a float. */
export function trimDecimal(text: string): string {
  return /^-?\d+\.\d+$/.test(text) ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

export function unitLabel(id: string | null | undefined, units: readonly UnitView[], lang: Lang): string {
  if (!id) return "";
  const u = units.find((x) => x.id === id);
  return u ? (lang === "en" ? u.en : u.zh) : id;
}

/** A stored value as a person reads it: "12,000.5 吨二氧化碳当量", "是", "dual、financial_only", a date, or text. */
export function payloadText(
  payload: Payload,
  lang: Lang,
  units: readonly UnitView[] = [],
  yesNo: [string, string] = ["是", "否"],
): string {
  if (!payload) return "";
  switch (payload.kind) {
    case "number":
    case "percent": {
      const unit = unitLabel(payload.number.enteredUnit, units, lang);
      return `${groupDecimal(payload.number.entered)}${unit ? ` ${unit}` : ""}`;
    }
    case "boolean":
      return payload.boolean ? yesNo[0] : yesNo[1];
    case "enum":
      return payload.options.join(lang === "en" ? ", " : "、");
    case "date":
      return payload.date;
    case "text":
      return payload.text;
  }
}
