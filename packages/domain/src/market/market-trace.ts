/** One step of a calculation, enough to redo it by hand: what it is, the formula, the figures put in, the result. */
export interface TraceStep {
  readonly what: string;
  readonly formula: string;
  readonly figures: string;
  readonly result: string;
}

export const step = (what: string, formula: string, figures: string, result: string): TraceStep => ({
  what,
  formula,
  figures,
  result,
});
