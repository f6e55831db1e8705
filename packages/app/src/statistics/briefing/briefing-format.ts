/** How the briefing writes figures: money in 亿元 (100 million yuan), counts whole, percents to 2 places. */
import Dec from "decimal.js";
import { formatDecimal } from "../../carbon/report/carbon-report-format";

const YI = new Dec(100_000_000);

/** A figure in its unit for a table: yuan as 亿元 with 2 decimals, counts whole, percent and others with 2. */
export function briefFigure(value: string | null | undefined, unit: string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (unit === "yuan") return formatDecimal(new Dec(value).div(YI).toFixed(), 2, true);
  if (unit === "count") return formatDecimal(value, 0, true);
  return formatDecimal(value, 2, true);
}

export function unitLabel(unit: string): string {
  switch (unit) {
    case "yuan":
      return "亿元 (100m yuan)";
    case "count":
      return "个/户 (count)";
    case "percent":
      return "%";
    default:
      return unit;
  }
}

/** A growth or share in percent ("12.50 %"), or the dash. */
export const pct = (v: string | null | undefined): string => (v ? `${formatDecimal(v, 2, true)} %` : "—");

/** A number for a chart's scale (floats are fine for drawing, never for figures). */
export const toNumber = (v: string | null | undefined): number | null =>
  v === null || v === undefined || v === "" ? null : Number(v);

/** A month's last day at noon UTC: the date the briefing stands for, so a period always gives the same bytes. */
export function periodEnd(period: string): Date {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0, 12));
}
