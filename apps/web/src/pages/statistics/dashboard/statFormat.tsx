import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import type { TStatMetricInfo } from "@greenfin/contracts";
import type { Lang } from "../../../i18n";
import { formatYuan, yuanInLargeUnit } from "../../../lib/money";

type Unit = TStatMetricInfo["unit"];

const group = (text: string) => {
  const [int = "", frac] = text.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${g}.${frac}` : g;
};

/** Round decimal text to `places` (half away from zero) without a float: for display only. */
function roundText(text: string, places: number): string {
  const neg = text.startsWith("-");
  const [int = "0", frac = ""] = (neg ? text.slice(1) : text).split(".");
  const digits = BigInt(int + frac.padEnd(places + 1, "0").slice(0, places + 1));
  const rounded = (digits + 5n) / 10n;
  const s = rounded.toString().padStart(places + 1, "0");
  const out = places ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
  return neg && rounded !== 0n ? `-${out}` : out;
}

/** A statistic for a card or a table cell: yuan as 亿元 / CNY bn, counts grouped, percents with %. */
export function formatStat(value: string | null | undefined, unit: Unit, lang: Lang): string {
  if (value === null || value === undefined) return "—";
  if (unit === "yuan") {
    const v = roundText(value, 2);
    return v.startsWith("-") ? `-${formatYuan(v.slice(1), lang)}` : formatYuan(v, lang);
  }
  if (unit === "percent") return `${roundText(value, 2)}%`;
  if (unit === "tCO2e") return `${group(roundText(value, 0))} tCO₂e`;
  return group(roundText(value, 0));
}

/** A statistic split into number and unit, for KPI cards (yuan always in 亿元 / CNY bn so cards compare). */
export function statParts(value: string | null, unit: Unit, lang: Lang): { value: string; unit: string } {
  if (value === null) return { value: "—", unit: "" };
  if (unit === "yuan" && !value.startsWith("-")) return yuanInLargeUnit(roundText(value, 2), lang);
  if (unit === "percent") return { value: roundText(value, 2), unit: "%" };
  if (unit === "tCO2e") return { value: group(roundText(value, 0)), unit: "tCO₂e" };
  return { value: group(roundText(value, 0)), unit: "" };
}

/** The unit a chart's axis is drawn in. */
export function axisUnit(unit: Unit, lang: Lang): string {
  if (unit === "yuan") return lang === "zh-CN" ? "亿元" : "CNY bn";
  if (unit === "percent") return "%";
  if (unit === "tCO2e") return "tCO₂e";
  return lang === "zh-CN" ? "个" : "count";
}

/**
 * A value for plotting in the axis unit (yuan scaled to 亿元 / bn, rounded to 2 places on the exact text first).
 * Charts draw floats; the exact figures stay in the tables and exports.
 */
export function chartValue(value: string | null | undefined, unit: Unit, lang: Lang): number | null {
  if (value === null || value === undefined) return null;
  if (unit === "yuan") {
    const r = roundText(value, 2);
    const neg = r.startsWith("-");
    const v = Number(yuanInLargeUnit(neg ? r.slice(1) : r, lang).value.replace(/,/g, ""));
    return neg ? -v : v;
  }
  return Number(value);
}

/** Growth in percent as "+12.34%" / "−3.10%". */
export function formatGrowth(percent: string | null | undefined): string {
  if (percent === null || percent === undefined) return "—";
  return percent.startsWith("-") ? `−${percent.slice(1)}%` : `+${percent}%`;
}

/** A growth figure coloured like the zone's reports: up green, down red. */
export function Growth({ percent, title }: { percent: string | null | undefined; title?: string }) {
  if (percent === null || percent === undefined) return <span title={title}>—</span>;
  const down = percent.startsWith("-");
  return (
    <span className="gf-stat-growth" style={{ color: down ? "#cf1322" : "#0b7a4b" }} title={title}>
      {down ? <ArrowDownOutlined /> : <ArrowUpOutlined />} {formatGrowth(percent)}
    </span>
  );
}

/** Metric name in the UI language. */
export const metricName = (m: { nameZh: string; nameEn: string }, lang: Lang) => (lang === "en" ? m.nameEn : m.nameZh);
