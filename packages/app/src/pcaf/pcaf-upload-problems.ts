/**
 * What is wrong with an uploaded book, located by file, row (CSV line or worksheet row) and column, in Chinese and
 * English. A book with any problem is refused whole: every problem is listed up to a cap (the rest counted) and
 * nothing is stored.
 */
import type { ActivityProblem } from "../carbon/intake/index";
import { AppError } from "../errors/app-error";

export type PcafFileRole = "positions" | "counterparties";

export interface PcafUploadProblem {
  readonly file: PcafFileRole;
  readonly fileName: string | null;
  /** CSV line or worksheet row (the header is row 1); null for the file as a whole. */
  readonly row: number | null;
  readonly column: string | null;
  /** Where, in words: "positions.csv row 12 outstanding". */
  readonly path: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** Thrown by a reader when a file as a whole cannot be read. */
export class PcafFileRefused extends Error {
  override name = "PcafFileRefused";
  constructor(readonly problems: readonly PcafUploadProblem[]) {
    super(problems.map((p) => p.messageEn).join("; "));
  }
}

export class PcafUploadProblems {
  readonly list: PcafUploadProblem[] = [];
  omitted = 0;
  constructor(private readonly max: number) {}

  get count(): number {
    return this.list.length + this.omitted;
  }

  add(p: PcafUploadProblem): void {
    if (this.list.length < this.max) this.list.push(p);
    else this.omitted++;
  }

  /** The book with every problem listed, as the one validation error. */
  refusal(): AppError {
    return new AppError("VALIDATION_FAILED", {
      zh: `文件有 ${this.count} 处问题，未保存任何内容`,
      en: `${this.count} problem(s) in the files; nothing was saved`,
      details: { problems: this.list, omitted: this.omitted },
    });
  }
}

export function pcafProblem(
  file: PcafFileRole,
  fileName: string | null,
  row: number | null,
  column: string | null,
  zh: string,
  en: string,
): PcafUploadProblem {
  const where = [fileName ?? file, row === null ? null : `row ${row}`, column].filter(Boolean).join(" ");
  return { file, fileName, row, column, path: where, messageZh: zh, messageEn: en };
}

/** A carbon-intake file-level refusal (size, zip guard, encoding) as problems of this file. */
export function fromActivityProblems(
  file: PcafFileRole,
  fileName: string | null,
  problems: readonly ActivityProblem[],
): PcafUploadProblem[] {
  return problems.map((p) => pcafProblem(file, fileName, p.row, p.column, p.messageZh, p.messageEn));
}
