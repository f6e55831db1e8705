import { readFileSync } from "node:fs";
import { z } from "zod";

/** Data files live in `packages/reference/data/`, next to `src/`; they are read when first asked for. */
const DATA_ROOT = new URL("../data/", import.meta.url);

/** Thrown when a reference data file does not have the shape its schema describes. */
export class ReferenceDataError extends Error {
  override name = "ReferenceDataError";
}

/** Reads and parses one JSON file under `data/`, e.g. `readDataFile("industry/gbt4754-2017.json")`. */
export function readDataFile(relativePath: string): unknown {
  const url = new URL(relativePath, DATA_ROOT);
  try {
    return JSON.parse(readFileSync(url, "utf8"));
  } catch (cause) {
    throw new ReferenceDataError(`Cannot read reference data file ${relativePath}: ${(cause as Error).message}`, {
      cause,
    });
  }
}

/** Validates `raw` against `schema`; on failure the error lists every offending path. */
export function parseReferenceData<T extends z.ZodType>(schema: T, raw: unknown, label: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ReferenceDataError(`${label} is not valid:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Freezes an object graph of plain objects and arrays, so shared reference data cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
