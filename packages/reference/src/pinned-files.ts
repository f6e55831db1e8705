import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { ReferenceDataError } from "./data-file";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * Every file of a versioned data directory must be listed in its SHA256SUMS with the hash it had when the version was
 * cut, and SHA256SUMS must list no file that is not there: a changed figure is a new version, never a silent edit.
 * Returns the SHA-256 of SHA256SUMS itself, which names the exact data a result was computed with.
 */
export function checkPinnedFiles(dir: URL, label: string): string {
  let sums: string;
  try {
    sums = readFileSync(new URL("SHA256SUMS", dir), "utf8");
  } catch (cause) {
    throw new ReferenceDataError(`${label}: cannot read SHA256SUMS: ${(cause as Error).message}`, { cause });
  }
  const pinned = new Map<string, string>();
  for (const line of sums.trim().split("\n")) {
    const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (!m) throw new ReferenceDataError(`${label} SHA256SUMS: malformed line "${line}"`);
    pinned.set(m[2] as string, m[1] as string);
  }
  const present = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "SHA256SUMS")
    .map((e) => e.name);
  const problems: string[] = [];
  for (const name of present) if (!pinned.has(name)) problems.push(`${name} is not listed in SHA256SUMS`);
  for (const [name, hash] of pinned) {
    if (!present.includes(name)) problems.push(`${name} is listed in SHA256SUMS but missing`);
    else if (sha256(readFileSync(new URL(name, dir))) !== hash)
      problems.push(`${name} does not match its SHA256SUMS entry`);
  }
  if (problems.length) throw new ReferenceDataError(`${label}:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return sha256(sums);
}
