/**
 * The form's model of one value: what the user sees and types, kept as typed (numbers stay text, so "12,000.5"
 * and every digit survive until the server reads them), and its translation to and from the API.
 */
import type { TStoredValue, TTemplateItem } from "@greenfin/contracts";
import type { ValueEntry } from "../../../../api/disclosure";
import { groupDecimal } from "../../shared/payloadText";

export type DraftValue = string | boolean | string[] | null;

export interface DraftCell {
  value: DraftValue;
  unit: string | null;
  reason: string;
}

export type StoredByDim = Readonly<Record<string, TStoredValue>>;
export type EditsByDim = Readonly<Record<string, DraftCell>>;

/** Options of a multi-select joined as the server's readers split them. */
const MULTI_SEPARATOR = "、";

export const defaultUnit = (item: TTemplateItem): string | null => item.unit?.id ?? item.unitChoices[0]?.id ?? null;

export function emptyCell(item: TTemplateItem): DraftCell {
  return { value: null, unit: defaultUnit(item), reason: "" };
}

/** The cell as the draft holds it on the server. */
export function cellFromStored(item: TTemplateItem, stored: TStoredValue | undefined): DraftCell {
  if (!stored) return emptyCell(item);
  const reason = stored.notDisclosedReason ?? "";
  const p = stored.payload;
  if (!p) return { value: null, unit: defaultUnit(item), reason };
  switch (p.kind) {
    case "number":
    case "percent":
      // Shown grouped ("12,000.5"), which the server reads back as the same number.
      return { value: groupDecimal(p.number.entered), unit: p.number.enteredUnit ?? defaultUnit(item), reason };
    case "boolean":
      return { value: p.boolean, unit: null, reason };
    case "enum":
      return { value: item.multiSelect ? [...p.options] : (p.options[0] ?? null), unit: null, reason };
    case "date":
      return { value: p.date, unit: null, reason };
    case "text":
      return { value: p.text, unit: null, reason };
  }
}

export function isBlank(v: DraftValue): boolean {
  if (v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Has a value, or says why not. */
export const isFilled = (c: DraftCell) => !isBlank(c.value) || c.reason.trim() !== "";

/** The request entry for a cell: an empty value with no reason removes the stored one. */
export function toEntry(item: TTemplateItem, dimension: string, cell: DraftCell): ValueEntry {
  const blank = isBlank(cell.value);
  let value: ValueEntry["value"] = null;
  if (!blank) {
    if (typeof cell.value === "boolean") value = cell.value;
    else if (Array.isArray(cell.value)) value = cell.value.join(MULTI_SEPARATOR);
    else value = (cell.value as string).trim();
  }
  const numeric = item.type === "number" || item.type === "percent";
  return {
    indicatorId: item.id,
    dimension,
    value,
    unit: numeric && !blank ? cell.unit : null,
    notDisclosedReason: blank ? cell.reason.trim() || null : null,
  };
}

export function sameEntry(a: ValueEntry, b: ValueEntry): boolean {
  return a.value === b.value && a.unit === b.unit && a.notDisclosedReason === b.notDisclosedReason;
}

export interface RowSpec {
  dimension: string;
  /** Label of a breakdown member; null for the indicator's total. */
  labelZh: string | null;
  labelEn: string | null;
  /** An open-dimension member the filer named (region=青岛市): it may be removed. */
  open: boolean;
}

/** A named member of an open breakdown, labelled with the dimension's name: "region=青岛市" → "地区：青岛市". */
function openLabel(item: TTemplateItem, dimension: string): { labelZh: string; labelEn: string } {
  const parts = dimension.split("|").map((part) => {
    const [dim = "", member = ""] = part.split("=");
    const def = item.openDimensions.find((d) => d.id === dim);
    return { zh: `${def?.nameZh ?? dim}：${member}`, en: `${def?.nameEn ?? dim}: ${member}` };
  });
  return { labelZh: parts.map((p) => p.zh).join("，"), labelEn: parts.map((p) => p.en).join(", ") };
}

/** The rows of one indicator: the total and closed breakdown members, then named open-dimension members. */
export function rowsOf(item: TTemplateItem, stored: StoredByDim | undefined, added: readonly string[] = []): RowSpec[] {
  const rows: RowSpec[] = item.rows.map((r) => ({ ...r, open: false }));
  const known = new Set(rows.map((r) => r.dimension));
  const extra = [...Object.keys(stored ?? {}), ...added].filter((d) => !known.has(d));
  for (const d of [...new Set(extra)].sort()) rows.push({ dimension: d, ...openLabel(item, d), open: true });
  return rows;
}

/** The test id suffix of a row: "" for the total, "-<dimension>" for a breakdown member. */
export const rowSuffix = (dimension: string) => (dimension ? `-${dimension}` : "");
