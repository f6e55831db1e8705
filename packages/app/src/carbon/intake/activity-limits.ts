/** Limits of activity files: large enough for a utility's monthly export, small enough to refuse a hostile file. */
export interface ActivityIntakeLimits {
  /** Bytes of a CSV file, counted as it streams. */
  readonly maxCsvBytes: number;
  /** Bytes of an .xlsx file as sent (it is held in memory to inspect the zip before it is read). */
  readonly maxXlsxBytes: number;
  /** Bytes of all zip entries of an .xlsx once inflated. */
  readonly maxUncompressedBytes: number;
  /** Data rows in one file. */
  readonly maxRows: number;
  /** Rows in one JSON request. */
  readonly maxJsonRows: number;
  /** Problems listed in full; the rest are counted. */
  readonly maxProblems: number;
  /** Rows validated and staged together. */
  readonly batchRows: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_ACTIVITY_LIMITS: ActivityIntakeLimits = {
  maxCsvBytes: 2048 * MiB,
  maxXlsxBytes: 64 * MiB,
  maxUncompressedBytes: 1024 * MiB,
  maxRows: 20_000_000,
  maxJsonRows: 50_000,
  maxProblems: 1_000,
  batchRows: 5_000,
};

/** What the HTTP upload accepts (the command line and the bulk feed use the defaults). */
export const HTTP_ACTIVITY_LIMITS: ActivityIntakeLimits = { ...DEFAULT_ACTIVITY_LIMITS, maxCsvBytes: 512 * MiB };

export function activityLimits(overrides: Partial<ActivityIntakeLimits> = {}): ActivityIntakeLimits {
  return { ...DEFAULT_ACTIVITY_LIMITS, ...overrides };
}
