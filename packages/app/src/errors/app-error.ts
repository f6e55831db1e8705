import { ERROR_CODES, type ErrorCode } from "./error-codes";

export type Lang = "zh" | "en";

export interface FieldProblem {
  path: string;
  messageZh: string;
  messageEn: string;
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
