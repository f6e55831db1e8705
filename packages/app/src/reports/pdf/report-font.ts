/**
 * The CJK font embedded in report PDFs: a subset of Noto Sans CJK SC shipped in packages/app/assets/fonts (see its
 * README), because the machine rendering a report may have no CJK font at all.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Resolved against this module, not the working directory, so any entry point finds it. */
export const REPORT_FONT_FILE = fileURLToPath(
  new URL("../../../assets/fonts/NotoSansSC-Regular-subset.otf", import.meta.url),
);

/** PostScript name of the font, as it appears (after a subset tag) in a PDF's font dictionary. */
export const REPORT_FONT_NAME = "NotoSansCJKsc-Regular";

let cached: Buffer | undefined;

/** The font file's bytes, read once per process (about 2.5 MB). */
export function reportFontBytes(): Buffer {
  cached ??= readFileSync(REPORT_FONT_FILE);
  return cached;
}
