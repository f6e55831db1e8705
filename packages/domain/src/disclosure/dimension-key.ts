/**
 * Breakdown keys. A value is either an indicator's total (key "") or one member of one or more of its breakdown
 * dimensions, written `dimension=member` and joined with "|" in the indicator's dimension order, so that the same
 * breakdown always has the same key whichever channel it came in by.
 */

export type DimensionParts = ReadonlyArray<readonly [dimension: string, member: string]>;

export function parseDimensionKey(key: string): DimensionParts | null {
  const trimmed = key.trim();
  if (trimmed === "") return [];
  const parts: Array<readonly [string, string]> = [];
  for (const piece of trimmed.split("|")) {
    const eq = piece.indexOf("=");
    if (eq <= 0) return null;
    const dimension = piece.slice(0, eq).trim();
    const member = piece.slice(eq + 1).trim();
    if (!dimension || !member || member.includes("=")) return null;
    parts.push([dimension, member]);
  }
  return parts;
}

export function formatDimensionKey(parts: DimensionParts, order: readonly string[]): string {
  return [...parts]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([d, m]) => `${d}=${m}`)
    .join("|");
}

/** The key of a value: indicator id plus breakdown, e.g. "S-EMP-002#gender=female". */
export const valueKey = (indicatorId: string, dimension: string) => `${indicatorId}#${dimension}`;
