import type { ControversyEvent, RatingValue } from "@greenfin/domain";

/** An entity of an offline rating file as its rows are read. */
export interface EntityDraft {
  readonly id: string;
  readonly industryCode: string;
  readonly values: Map<string, RatingValue>;
  /** Where each indicator's value was given, to point at it from a repeat. */
  readonly firstRow: Map<string, { zh: string; en: string }>;
  readonly controversies: ControversyEvent[];
}

/** A cell as trimmed text ("" when empty). */
export const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());
