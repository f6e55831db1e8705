import { type IntakeLimits, intakeLimits } from "../../disclosure/intake/intake-limits";

/**
 * Size limits of offline rating files: a universe of a few thousand entities at some 60 values each is far above a
 * disclosure upload's row budget, so rows and bytes are raised; the zip-bomb guard keeps its ratio and entry checks.
 */
export const OFFLINE_RATING_LIMITS: IntakeLimits = intakeLimits({
  maxUploadBytes: 64 * 2 ** 20,
  maxUncompressedBytes: 512 * 2 ** 20,
  maxCsvBytes: 64 * 2 ** 20,
  maxRows: 1_000_000,
});
