import type { Lang } from "../i18n";

/** Parse exact decimal text ("12345.6") into integer fen (cents) without going through a float. */
export function toFen(text: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const frac = (m[2] ?? "").padEnd(2, "0");
  return BigInt(m[1] ?? "0") * 100n + BigInt(frac);
}

function groupThousands(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** value / unit rounded half-up to two decimals, as text, e.g. fen=123456789012, unitFen=10^10 → "12.35". */
function scaled(fen: bigint, unitFen: bigint): string {
  const hundredths = (fen * 100n + unitFen / 2n) / unitFen;
  const int = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, "0");
  return `${groupThousands(int.toString())}.${frac}`;
}

/** Full exact amount with thousands separators, e.g. "¥12,345,678.90". */
export function formatYuanExact(text: string | null | undefined): string {
  if (!text) return "—";
  const fen = toFen(text);
  if (fen === null) return text;
  const int = (fen / 100n).toString();
  const frac = (fen % 100n).toString().padStart(2, "0");
  return `¥${groupThousands(int)}.${frac}`;
}

/**
 * A readable amount: 亿元 / 万元 in Chinese, billion / million in English.
 * Exact decimal arithmetic on the text, so large sums never lose precision.
 */
export function formatYuan(text: string | null | undefined, lang: Lang): string {
  if (!text) return "—";
  const fen = toFen(text);
  if (fen === null) return text;
  if (lang === "zh-CN") {
    if (fen >= 100_000_000n * 100n) return `${scaled(fen, 100_000_000n * 100n)} 亿元`;
    if (fen >= 10_000n * 100n) return `${scaled(fen, 10_000n * 100n)} 万元`;
    return `${scaled(fen, 100n)} 元`;
  }
  if (fen >= 1_000_000_000n * 100n) return `CNY ${scaled(fen, 1_000_000_000n * 100n)} bn`;
  if (fen >= 1_000_000n * 100n) return `CNY ${scaled(fen, 1_000_000n * 100n)} m`;
  return `CNY ${scaled(fen, 100n)}`;
}

/** The amount in 亿元 (zh) or billion (en), number part and unit apart, for KPI cards. */
export function yuanInLargeUnit(text: string, lang: Lang): { value: string; unit: string } {
  const fen = toFen(text) ?? 0n;
  return lang === "zh-CN"
    ? { value: scaled(fen, 100_000_000n * 100n), unit: "亿元" }
    : { value: scaled(fen, 1_000_000_000n * 100n), unit: "CNY bn" };
}
