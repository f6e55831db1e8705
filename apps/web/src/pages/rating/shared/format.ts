import type { TFunction } from "i18next";
import type { IndicatorExplanation } from "../../../api/rating";
import i18n, { type Lang } from "../../../i18n";

type Text = { zh: string; en: string };

/** A bilingual name from the contracts ({ zh, en }) in the UI language. */
export function bi(text: Text | null | undefined, lang: Lang): string {
  if (!text) return "—";
  return lang === "en" ? text.en || text.zh : text.zh || text.en;
}

/** The nine grades from best to worst, coloured from the brand green to a muted red. */
const GRADE_PALETTE = [
  "#0b6b47",
  "#23875a",
  "#3fb984",
  "#8dbf4f",
  "#c9a227",
  "#e0a030",
  "#e07b39",
  "#d4553f",
  "#a83a2e",
] as const;

/** The colour of a grade by its position on the scale (best first); grey when not on it. */
export function gradeColor(grade: string, grades: readonly string[]): string {
  const i = grades.indexOf(grade);
  if (i < 0) return "#9aa5b1";
  if (grades.length <= 1) return GRADE_PALETTE[0];
  const at = Math.round((i / (grades.length - 1)) * (GRADE_PALETTE.length - 1));
  return GRADE_PALETTE[at] ?? "#9aa5b1";
}

/** The default AAA–C scale, for places that have no methodology at hand. */
export const DEFAULT_GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"] as const;

/** A decimal string with thousands separators; exact unless it has more than `maxDp` places (then rounded). */
export function fmtDecimal(s: string | null | undefined, maxDp = 4, group = true): string {
  if (s === null || s === undefined || s === "") return "—";
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return s;
  let [, sign = "", int = "", frac = ""] = m;
  if (frac.length > maxDp) {
    // Display only: round the dropped digits (the stored value stays exact).
    const r = Math.abs(Number(s)).toFixed(maxDp).split(".");
    int = r[0] ?? int;
    frac = r[1] ?? "";
    if (Number(s) === 0) sign = "";
  }
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  const f = frac.replace(/0+$/, "");
  return `${sign}${grouped}${f ? `.${f}` : ""}`;
}

/** A score or weight with exactly `dp` places (display only). */
export function fixed(s: string | null | undefined, dp = 2): string {
  if (s === null || s === undefined || s === "") return "—";
  const n = Number(s);
  return Number.isFinite(n) ? n.toFixed(dp) : s;
}

/** The readable form of a canonical unit id; unknown units as they came ("t/亿元 (t per …)" split by language). */
export function unitText(unit: string | null | undefined, lang: Lang): string {
  if (!unit) return "";
  const key = `rating.unit.${unit.replace(/\s+/g, "_")}`;
  if (i18n.exists(key)) return i18n.t(key as never) as string;
  const both = /^(.*?)\s*\((.*)\)$/.exec(unit);
  if (both) return lang === "en" ? (both[2] ?? unit) : (both[1] ?? unit);
  return unit;
}

/** A raw value as the entity disclosed it (a ratio's two operands are shown too, by the caller). */
export function valueText(ind: Pick<IndicatorExplanation, "value" | "unit">, lang: Lang, t: TFunction): string {
  const v = ind.value;
  if (v === null) return "—";
  if (typeof v === "boolean") return v ? t("rating.bool.true") : t("rating.bool.false");
  if (Array.isArray(v)) return v.join("、");
  const unit = unitText(ind.unit, lang);
  // A figure without a unit is a year or an index: no thousands separators.
  const num = fmtDecimal(v as string, 4, ind.unit !== null);
  if (!unit) return num;
  return ind.unit === "percent" ? `${num}%` : `${num} ${unit}`;
}

/** The score's basis in words: "between 0.5 → 60 and 1.0 → 80", "higher than 9 of 12 peers", … */
export function basisText(ind: IndicatorExplanation, t: TFunction): string {
  const b = ind.basis;
  const num = (v: string) => fmtDecimal(v, 4, ind.unit !== null);
  switch (b.kind) {
    case "thresholds": {
      if (b.from.value === b.to.value && b.from.score === b.to.score) {
        return ind.flags.includes("clamped")
          ? t("rating.basis.thresholdsClamped", { value: num(b.from.value), score: num(b.from.score) })
          : t("rating.basis.thresholdsFlat", { value: num(b.from.value), score: num(b.from.score) });
      }
      return t("rating.basis.thresholds", {
        fromValue: num(b.from.value),
        fromScore: num(b.from.score),
        toValue: num(b.to.value),
        toScore: num(b.to.score),
      });
    }
    case "peer_percentile":
      return b.equal > 1
        ? t("rating.basis.peerPercentileTies", { peers: b.peers, below: b.below, ties: b.equal - 1 })
        : t("rating.basis.peerPercentile", { peers: b.peers, below: b.below });
    case "presence":
      return ind.value === true ? t("rating.basis.presenceYes") : t("rating.basis.presenceNo");
    case "ladder":
      return t("rating.basis.ladder", { option: b.option });
    case "industry_median":
      return t("rating.basis.industryMedian", {
        peers: b.peers,
        median: num(b.median),
        penalty: num(b.penalty),
      });
    case "no_credit":
      return t("rating.basis.noCredit");
    case "excluded":
      return t("rating.basis.excluded");
  }
}

/** "E-GHG-003/E-GHG-002" → its two disclosed operands, when the rule is a ratio. */
export function ratioText(ind: IndicatorExplanation, t: TFunction): string | null {
  if (!ind.ratioOf) return null;
  return t("rating.basis.ratio", {
    numerator: fmtDecimal(ind.ratioOf.numerator ?? null),
    denominator: fmtDecimal(ind.ratioOf.denominator ?? null),
  });
}

/** A translated label for a key that may not exist (flags, rules and units are open lists on the server). */
export function maybe(t: TFunction, key: string, fallback: string): string {
  return i18n.exists(key) ? (t(key as never) as string) : fallback;
}

/** Signed notches: "+1", "−2". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
}

/** Share of entities graded at or above BBB (investment-grade-like), in percent with one decimal. */
export function goodShare(total: readonly { grade: string; count: number }[], grades: readonly string[]): string {
  const cut = grades.indexOf("BBB");
  const all = total.reduce((s, c) => s + c.count, 0);
  if (!all || cut < 0) return "0";
  const good = total.filter((c) => grades.indexOf(c.grade) <= cut).reduce((s, c) => s + c.count, 0);
  return ((good / all) * 100).toFixed(1);
}

/** The page of a methodology ("enterprise-esg@2026.1"; the server serves the app for it, dot and all). */
export function methodologyPath(ref: string): string {
  return `/rating/methodologies/${encodeURIComponent(ref)}`;
}
