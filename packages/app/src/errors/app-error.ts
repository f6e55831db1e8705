import { ERROR_CODES, type ErrorCode } from "./error-codes";

export type Lang = "zh" | "en";

export interface FieldProblem {
  path: string;
  messageZh: string;
  messageEn: string;
}

/** A disclosure intake problem as the error details carry it (FieldProblem plus where and how bad). */
export interface IntakeProblemLike extends FieldProblem {
  code: string;
  severity: "error" | "warning";
  location: unknown;
  indicatorId?: string;
  dimension?: string;
}

/** The one application error. The domain never throws HTTP errors; transports map this once. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, opts: { zh?: string; en?: string; details?: Record<string, unknown> } = {}) {
    const defaults = ERROR_CODES[code];
    super(opts.en ?? defaults.en);
    this.name = "AppError";
    this.code = code;
    this.messageZh = opts.zh ?? defaults.zh;
    this.messageEn = opts.en ?? defaults.en;
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  message_(lang: Lang): string {
    return lang === "en" ? this.messageEn : this.messageZh;
  }

  static validation(problems: FieldProblem[]): AppError {
    return new AppError("VALIDATION_FAILED", { details: { problems } });
  }

  /**
   * Input that did not pass the disclosure validator: every problem keeps its code, severity and location (sheet,
   * row and column; CSV line; or field), and `path` says the location in words for clients that show only paths.
   */
  static intake(problems: readonly IntakeProblemLike[]): AppError {
    return new AppError("VALIDATION_FAILED", {
      zh: "数据未通过校验，未保存任何内容",
      en: "The data did not pass validation; nothing was saved",
      details: { problems },
    });
  }

  static notFound(what = "resource"): AppError {
    return new AppError("NOT_FOUND", { details: { what } });
  }

  static forbidden(zh?: string, en?: string): AppError {
    return new AppError("FORBIDDEN", { ...(zh ? { zh } : {}), ...(en ? { en } : {}) });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
