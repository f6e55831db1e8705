import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { ReferenceDataError } from "../data-file";

/** Where the green-identification data lives: `packages/reference/data/green-taxonomy/`. */
const ROOT = new URL("../../data/green-taxonomy/", import.meta.url);

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

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

/**
 * Every file of a dataset directory must be listed in its SHA256SUMS with the hash it had when the version was cut,
 * and SHA256SUMS must list no file that is not there: a changed label, term or node is a deliberate, reviewed edit.
 * Returns the SHA-256 of SHA256SUMS itself, which names the exact data.
 */
export function checkPinnedDirectory(dir: string): string {
  const sums = readGreenText(dir, "SHA256SUMS");
  const pinned = new Map<string, string>();
  for (const line of sums.trim().split("\n")) {
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (!match) throw new ReferenceDataError(`green-taxonomy/${dir}SHA256SUMS: malformed line "${line}"`);
    pinned.set(match[2] as string, match[1] as string);
  }
  const present = readdirSync(url(dir), { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "SHA256SUMS")
    .map((e) => e.name);
  const problems: string[] = [];
  for (const name of present) if (!pinned.has(name)) problems.push(`${name} is not listed in SHA256SUMS`);
  for (const [name, hash] of pinned) {
    if (!present.includes(name)) problems.push(`${name} is listed in SHA256SUMS but missing`);
    else if (sha256(readFileSync(url(dir + name))) !== hash)
      problems.push(`${name} does not match its SHA256SUMS entry`);
  }
  if (problems.length)
    throw new ReferenceDataError(`green-taxonomy/${dir}:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return sha256(sums);
}
