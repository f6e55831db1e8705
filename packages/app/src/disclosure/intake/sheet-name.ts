/**
 * Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, unique regardless of case. Forbidden characters become their full-width look-alikes so that a
 * Chinese topic name still reads naturally.
 */
const MAX_SHEET_NAME = 31;
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  "[": "【",
  "]": "】",
  ":": "：",
  "*": "＊",
  "?": "？",
  "/": "／",
  "\\": "＼",
};

export function sanitiseSheetName(name: string): string {
  const replaced = name
    .replace(/[[\]:*?/\\]/g, (c) => LOOK_ALIKES[c] ?? "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return [...(replaced || "Sheet")].slice(0, MAX_SHEET_NAME).join("");
}

/** A sanitised name not yet in `taken` (compared case-insensitively); adds it to `taken`. */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = sanitiseSheetName(name);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = `(${n})`;
    candidate = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
