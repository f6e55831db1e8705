import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { ReferenceDataError } from "../data-file";
import { checkPinnedFiles } from "../pinned-files";

/** Where the green-identification data lives: `packages/reference/data/green-taxonomy/`. */
const ROOT = new URL("../../data/green-taxonomy/", import.meta.url);

const _sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/** A dataset ref "id@version" → its directory under `data/green-taxonomy/` (the evaluation set sits under `eval/`). */
export function datasetDirectory(ref: string): string {
  return ref.startsWith("green-id-eval@") ? `eval/${ref}/` : `${ref}/`;
}

function url(path: string): URL {
  return new URL(path, ROOT);
}

/** Reads one file of a dataset as text. */
export function readGreenText(dir: string, file: string): string {
  try {
    return readFileSync(url(dir + file), "utf8");
  } catch (cause) {
    throw new ReferenceDataError(`Cannot read green-taxonomy/${dir}${file}: ${(cause as Error).message}`, { cause });
  }
}

/** Reads and parses one JSON file of a dataset. */
export function readGreenJson(dir: string, file: string): unknown {
  const raw = readGreenText(dir, file);
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw new ReferenceDataError(`green-taxonomy/${dir}${file} is not JSON: ${(cause as Error).message}`, { cause });
  }
}

/** Parses JSON Lines: one JSON value per non-empty line; an error names the line. */
export function parseJsonLines(raw: string, label: string): unknown[] {
  const values: unknown[] = [];
  raw.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      values.push(JSON.parse(line));
    } catch (cause) {
      throw new ReferenceDataError(`${label} line ${i + 1} is not JSON: ${(cause as Error).message}`, { cause });
    }
  });
  return values;
}

/** The dataset directory's files as its SHA256SUMS pinned them (see checkPinnedFiles); the hash of SHA256SUMS. */
export function checkPinnedDirectory(dir: string): string {
  return checkPinnedFiles(url(dir), `green-taxonomy/${dir}`);
}
