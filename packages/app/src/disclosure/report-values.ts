import { findUnit, parseDimensionKey, type ValuePayload } from "@greenfin/domain";
import type { DimensionData } from "@greenfin/reference";
import type { Bilingual, ReportValueLine } from "./reports/report-model";

/** "1234567.5" → "1,234,567.5", on the decimal text itself (no float rounding). */
export function groupThousands(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [int = "0", frac] = (negative ? decimal.slice(1) : decimal).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

const unitLabel = (id: string | null): Bilingual | null => {
  if (!id) return null;
  const u = findUnit(id);
  return u ? { zh: u.label.zh, en: u.label.en } : { zh: id, en: id };
};

export function dimensionLabel(key: string, dimensions: readonly DimensionData[]): Bilingual | null {
  const parts = parseDimensionKey(key);
  if (!parts || parts.length === 0) return null;
  const labels = parts.map(([d, m]) => {
    const dim = dimensions.find((x) => x.id === d);
    const member = dim?.members.find((x) => x.key === m);
    return {
      zh: `${dim?.name.zh ?? d}：${member?.label.zh ?? m}`,
      en: `${dim?.name.en ?? d}: ${member?.label.en ?? m}`,
    };
  });
  return { zh: labels.map((l) => l.zh).join("；"), en: labels.map((l) => l.en).join("; ") };
}

/** How a stored value prints in a report: canonical figure with its unit, and what was entered if converted. */
export function reportLine(payload: ValuePayload, dimension: Bilingual | null): ReportValueLine {
  switch (payload.kind) {
    case "number":
    case "percent": {
      const n = payload.number;
      const shown = groupThousands(n.canonical);
      const converted = n.enteredUnit !== null && n.enteredUnit !== n.canonicalUnit;
      const entered = converted ? `${groupThousands(n.entered)} ${unitLabel(n.enteredUnit)?.zh ?? ""}`.trim() : null;
      return {
        dimensionLabel: dimension,
        display: { zh: shown, en: shown },
        unit: payload.kind === "percent" ? { zh: "%", en: "%" } : unitLabel(n.canonicalUnit),
        entered,
      };
    }
    case "boolean":
      return {
        dimensionLabel: dimension,
        display: payload.boolean ? { zh: "是", en: "Yes" } : { zh: "否", en: "No" },
        unit: null,
        entered: null,
      };
    case "enum":
      return {
        dimensionLabel: dimension,
        display: { zh: payload.options.join("、"), en: payload.options.join(", ") },
        unit: null,
        entered: null,
      };
    case "date":
      return { dimensionLabel: dimension, display: { zh: payload.date, en: payload.date }, unit: null, entered: null };
    case "text":
      return { dimensionLabel: dimension, display: { zh: payload.text, en: payload.text }, unit: null, entered: null };
  }
}
