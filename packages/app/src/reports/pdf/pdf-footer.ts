/**
 * The footer of every page, drawn once all pages exist: a rule, the report's line on the left (shortened with "…"
 * to leave room) and "page n of m" on the right.
 */
import { pageLabel, type ReportLang } from "../report-words";
import { BODY_BOTTOM, COLOUR, CONTENT_WIDTH, drawLine, FONT, PAGE, type Pdf, rule } from "./pdf-layout";
import { FOOTER } from "./pdf-styles";

export function drawPageFooters(doc: Pdf, left: string, lang: ReportLang): void {
  const { start, count } = doc.bufferedPageRange();
  const y = BODY_BOTTOM + 22;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y - 4, COLOUR.rule);
    const label = pageLabel(i - start + 1, count, lang);
    const labelWidth = doc.font(FONT).fontSize(FOOTER.size).widthOfString(label);
    const room = CONTENT_WIDTH - labelWidth - 16;
    const chars = Array.from(left);
    let text = left;
    while (chars.length > 1 && doc.widthOfString(text) > room) {
      chars.pop();
      text = `${chars.join("")}…`;
    }
    drawLine(doc, text, PAGE.left, y, FOOTER);
    drawLine(doc, label, PAGE.left + CONTENT_WIDTH, y, FOOTER, "right");
  }
}
