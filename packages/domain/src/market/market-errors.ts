/** Why an input is refused: a bad figure, or a rule (a stale price, a unit that does not match). */
export type MarketProblemCode = "invalid" | "no_price" | "stale_price" | "unit_mismatch" | "duplicate";

export interface MarketProblem {
  readonly code: MarketProblemCode;
  /** The input field at fault ("asset.quantity", "series", "observations[2].unit"). */
  readonly field: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** Thrown with every problem found, so a caller fixes its input in one pass. */
export class MarketInputError extends Error {
  override name = "MarketInputError";
  constructor(readonly problems: readonly MarketProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.messageEn}`).join("\n"));
  }
}

export const marketProblem = (
  code: MarketProblemCode,
  field: string,
  messageZh: string,
  messageEn: string,
): MarketProblem => ({ code, field, messageZh, messageEn });

/** Throws when there is any problem. */
export function refuseIf(problems: readonly MarketProblem[]): void {
  if (problems.length) throw new MarketInputError(problems);
}
