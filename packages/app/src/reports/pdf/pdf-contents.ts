/**
 * The contents on page 1: each section's number and title, a dotted leader, its first page. The page numbers are
 * only known once the sections are laid out, so the cover leaves a slot and the contents are drawn into it last.
 */
import {
  BODY_BOTTOM,
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  FONT,
  lineHeight,
  PAGE,
  type Pdf,
  type TextStyle,
  wrap,
} from "./pdf-layout";
import { HEADING } from "./pdf-styles";

const TOC_ENTRY: TextStyle = { size: 10.5, color: COLOUR.text };

/** Where the contents go, filled in by `drawContents` once every section's first page is known. */
export interface ContentsSlot {
  readonly top: number;
  readonly fits: boolean;
}

/** The slot at `top` for `count` entries; a report with very many sections leaves the contents out rather than run
 * them onto a second page. */
export function contentsSlot(top: number, count: number): ContentsSlot {
  const needed = lineHeight(HEADING) + 6 + count * lineHeight(TOC_ENTRY);
  return { top, fits: top + needed <= BODY_BOTTOM };
}

export function drawContents(
  doc: Pdf,
  slot: ContentsSlot,
  heading: string,
  entries: readonly { readonly title: string; readonly page: number }[],
): void {
  if (!slot.fits || entries.length === 0) return;
  let y = slot.top;
  drawLine(doc, heading, PAGE.left, y, HEADING);
  y += lineHeight(HEADING) + 6;
  const right = PAGE.left + CONTENT_WIDTH;
  for (const entry of entries) {
    const page = String(entry.page);
    const pageWidth = doc.font(FONT).fontSize(TOC_ENTRY.size).widthOfString(page);
    const title = wrap(doc, entry.title, CONTENT_WIDTH - pageWidth - 24, TOC_ENTRY)[0] ?? "";
    drawLine(doc, title, PAGE.left, y, TOC_ENTRY);
    drawLine(doc, page, right, y, TOC_ENTRY, "right");
    const titleWidth = doc.widthOfString(title);
    const leaderY = y + lineHeight(TOC_ENTRY) * 0.68;
    doc
      .save()
      .moveTo(PAGE.left + titleWidth + 6, leaderY)
      .lineTo(right - pageWidth - 6, leaderY)
      .lineWidth(0.6)
      .dash(0.6, { space: 2.4 })
      .strokeColor(COLOUR.muted)
      .stroke()
      .undash()
      .restore();
    y += lineHeight(TOC_ENTRY);
  }
}
