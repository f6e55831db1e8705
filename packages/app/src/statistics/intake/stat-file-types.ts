import type { EntryLocation, IntakeProblem, ProblemLocation } from "@greenfin/domain";

/** One figure read from an uploaded file, with the cell or CSV line it came from. */
export interface StatFileEntry {
  readonly metric: string;
  readonly item: string | null;
  /** Decimal text as typed ("" when the cell is empty: not reported). */
  readonly value: string;
  readonly location: EntryLocation;
}

/** What a file gives: its template and period (a workbook names them), its figures and the problems reading it. */
export interface StatFileRead {
  readonly templateRef: string | null;
  readonly period: string | null;
  /** Where the template and period are written (the workbook's cells), for problems about them. */
  readonly templateLocation: ProblemLocation;
  readonly periodLocation: ProblemLocation;
  /** Every row naming a metric, empty values included: a problem about a missing figure points at its row. */
  readonly entries: readonly StatFileEntry[];
  readonly problems: readonly IntakeProblem[];
}
