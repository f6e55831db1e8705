/**
 * The name an uploaded file is kept and offered back under. A client's name is a label only — the bytes are stored
 * by their SHA-256 and no path is ever built from it — but it is shown in lists, written to the audit log and sent
 * back in Content-Disposition, so it is cut down to a plain name: the last segment of any path (`/` or `\`), without
 * control characters (NUL, CR, LF …, which the database refuses in text and headers must not carry) or the Unicode
 * direction controls (U+202E before "fdp.exe" displays it as "exe.pdf"), without leading dots, and at most 200
 * characters (a longer name keeps its extension).
 */

const MAX_CHARS = 200;
/** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
function unsafe(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
  const direction =
    c === 0x61c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  return control || direction;
}

/** A plain file name from what the client sent, or `fallback` when nothing usable is left. */
export function safeFileName(raw: string | null | undefined, fallback: string): string;
export function safeFileName(raw: string | null | undefined, fallback: null): string | null;
export function safeFileName(raw: string | null | undefined, fallback: string | null): string | null {
  const lastSegment = (raw ?? "").split(/[/\\]/).pop() ?? "";
  const kept = Array.from(lastSegment)
    .filter((ch) => !unsafe(ch))
    .join("");
  const plain = kept.trim().replace(/^\.+/, "").trim();
  const chars = Array.from(plain);
  if (chars.length <= MAX_CHARS) return plain || fallback;
  // Too long: cut the stem and keep the extension, which says what the file is.
  const ext = Array.from(/\.[^.\s]{1,10}$/.exec(plain)?.[0] ?? "");
  return (
    chars
      .slice(0, MAX_CHARS - ext.length)
      .join("")
      .trim() + ext.join("")
  );
}
