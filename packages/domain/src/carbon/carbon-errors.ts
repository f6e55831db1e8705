/** One problem with an input, located for the person who must fix it. */
export interface CarbonProblem {
  /** Where: a row reference the caller gave ("line 5", "Sheet1!R5"), or "options", "factor set". */
  readonly row: string;
  /** The column or field ("unit", "quantity"), or "" for the whole row. */
  readonly column: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** Thrown with every problem found, so a file is fixed in one pass rather than one error at a time. */
export class CarbonInputError extends Error {
  override name = "CarbonInputError";
  constructor(readonly problems: readonly CarbonProblem[]) {
    super(problems.map((p) => `${p.row}${p.column ? ` ${p.column}` : ""}: ${p.messageEn}`).join("\n"));
  }
}

export const problem = (row: string, column: string, messageZh: string, messageEn: string): CarbonProblem => ({
  row,
  column,
  messageZh,
  messageEn,
});
