/**
 * Reporting periods the screens offer: the last months ("2026-10") or quarters ("2026-Q3"), newest first. The
 * latest complete period is the default — an institution reports a month or a quarter after it has closed.
 */
import dayjs from "dayjs";

export type StatFrequency = "monthly" | "quarterly";

export function periodOptions(frequency: StatFrequency, count = frequency === "monthly" ? 36 : 12): string[] {
  const out: string[] = [];
  if (frequency === "monthly") {
    let d = dayjs().startOf("month").subtract(1, "month");
    for (let i = 0; i < count; i += 1, d = d.subtract(1, "month")) out.push(d.format("YYYY-MM"));
    return out;
  }
  const now = dayjs();
  let year = now.year();
  let q = Math.floor(now.month() / 3); // the current quarter is 1-based q+1; start with the one before it
  if (q === 0) {
    year -= 1;
    q = 4;
  }
  for (let i = 0; i < count; i += 1) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      year -= 1;
      q = 4;
    }
  }
  return out;
}

export const frequencyOfPeriod = (period: string): StatFrequency => (period.includes("Q") ? "quarterly" : "monthly");
