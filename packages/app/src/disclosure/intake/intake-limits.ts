/** Size limits of uploaded files, so that a hostile or accidental huge file is refused before it costs memory. */
export interface IntakeLimits {
  /** Bytes of the uploaded workbook as sent. */
  readonly maxUploadBytes: number;
  /** Bytes of all zip entries once inflated (declared and, while inflating, actual). */
  readonly maxUncompressedBytes: number;
  /** Inflated ÷ compressed size of one entry, checked for entries larger than `ratioCheckFromBytes`. */
  readonly maxCompressionRatio: number;
  /** Entries below this size are not ratio-checked: small XML parts legitimately compress very well. */
  readonly ratioCheckFromBytes: number;
  readonly maxZipEntries: number;
  /** Rows across all sheets, or CSV records. */
  readonly maxRows: number;
  readonly maxCsvBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_INTAKE_LIMITS: IntakeLimits = {
  maxUploadBytes: 10 * MiB,
  maxUncompressedBytes: 60 * MiB,
  maxCompressionRatio: 100,
  ratioCheckFromBytes: MiB,
  maxZipEntries: 2_000,
  maxRows: 50_000,
  maxCsvBytes: 10 * MiB,
};

export function intakeLimits(overrides: Partial<IntakeLimits> = {}): IntakeLimits {
  return { ...DEFAULT_INTAKE_LIMITS, ...overrides };
}
