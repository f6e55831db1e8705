/**
 * Page 1 of the PDF report: who reports under which framework for which period, the revision's record, how complete
 * it is, and the contents (whose page numbers are only known once the sections are laid out, so they are drawn last).
 */
import {
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  drawParagraph,
  FONT,
  lineHeight,
  PAGE,
  type Pdf,
  rule,
  type TextStyle,
  wrap,
} from "./pdf-layout";
import type { DisclosureReportModel, ReportLang } from "./report-model";
import { coverFacts, formatFraction, organisationName, otherOrganisationName, pick, say } from "./report-text";

const KICKER: TextStyle = { size: 12, color: COLOUR.accent };
const NAME: TextStyle = { size: 22, color: COLOUR.text, bold: true };
const OTHER_NAME: TextStyle = { size: 11, color: COLOUR.muted };
const FRAMEWORK: TextStyle = { size: 13, color: COLOUR.text };
const FACT_KEY: TextStyle = { size: 10, color: COLOUR.muted };
const FACT_VALUE: TextStyle = { size: 10, color: COLOUR.text };
const HEADING: TextStyle = { size: 13, color: COLOUR.accent, bold: true };
const FIGURE_LABEL: TextStyle = { size: 9, color: COLOUR.muted };
const FIGURE_VALUE: TextStyle = { size: 15, color: COLOUR.text };
const TOC_ENTRY: TextStyle = { size: 10.5, color: COLOUR.text };

const FACT_KEY_WIDTH = 130;
const FIGURE_HEIGHT = 64;

/** Where the contents go, filled in by `drawContents` once every section's first page is known. */
export interface ContentsSlot {
  readonly top: number;
  readonly fits: boolean;
}

export function drawCover(doc: Pdf, model: DisclosureReportModel, lang: ReportLang): ContentsSlot {
  const left = PAGE.left;
  let y: number = PAGE.top;
  doc.save().rect(left, y, CONTENT_WIDTH, 4).fill(COLOUR.accent).restore();
  y += 20;
  drawLine(doc, say("title", lang), left, y, KICKER);
  y += lineHeight(KICKER) + 6;
  y = drawParagraph(doc, organisationName(model, lang), left, y, CONTENT_WIDTH, NAME) + 2;
  const other = otherOrganisationName(model, lang);
  if (other) y = drawParagraph(doc, other, left, y, CONTENT_WIDTH, OTHER_NAME);
  y += 10;
  const framework = `${pick(model.framework.name, lang)} · ${model.framework.issuer}`;
  y = drawParagraph(doc, framework, left, y, CONTENT_WIDTH, FRAMEWORK) + 14;

  y = drawFacts(doc, model, lang, y) + 20;

  drawLine(doc, say("completeness", lang), left, y, HEADING);
  y += lineHeight(HEADING) + 6;
  const { mandatoryFilled, mandatoryTotal, allFilled, allTotal } = model.completeness;
  const boxWidth = (CONTENT_WIDTH - 16) / 2;
  drawFigure(doc, left, y, boxWidth, say("mandatoryFilled", lang), mandatoryFilled, mandatoryTotal);
  drawFigure(doc, left + boxWidth + 16, y, boxWidth, say("allFilled", lang), allFilled, allTotal);
  y += FIGURE_HEIGHT + 24;

  // A catalogue with very many sections leaves the contents out rather than run them onto a second page.
  const needed = lineHeight(HEADING) + 6 + model.sections.length * lineHeight(TOC_ENTRY);
  return { top: y, fits: y + needed <= PAGE.height - PAGE.bottom };
}

function drawFacts(doc: Pdf, model: DisclosureReportModel, lang: ReportLang, top: number): number {
  let y = top;
  rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y, COLOUR.rule);
  for (const [label, value] of coverFacts(model, lang)) {
    y += 4;
    drawLine(doc, label, PAGE.left, y, FACT_KEY);
    const bottom = drawParagraph(doc, value, PAGE.left + FACT_KEY_WIDTH, y, CONTENT_WIDTH - FACT_KEY_WIDTH, FACT_VALUE);
    y = Math.max(bottom, y + lineHeight(FACT_KEY)) + 4;
    rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y, COLOUR.rule);
  }
  return y;
}

function drawFigure(doc: Pdf, x: number, y: number, width: number, label: string, filled: number, total: number) {
  doc.save().roundedRect(x, y, width, FIGURE_HEIGHT, 4).lineWidth(0.75).strokeColor("#c9d6cf").stroke().restore();
  drawLine(doc, label, x + 10, y + 6, FIGURE_LABEL);
  drawLine(doc, formatFraction(filled, total), x + 10, y + 20, FIGURE_VALUE);
  const share = total > 0 ? Math.min(1, filled / total) : 0;
  const barWidth = width - 20;
  doc
    .save()
    .roundedRect(x + 10, y + FIGURE_HEIGHT - 14, barWidth, 5, 2.5)
    .fill(COLOUR.barTrack)
    .restore();
  if (share > 0) {
    doc
      .save()
      .roundedRect(x + 10, y + FIGURE_HEIGHT - 14, barWidth * share, 5, 2.5)
      .fill(COLOUR.accent)
      .restore();
  }
}

/** Draws the contents on page 1: each section's number and title, a dotted leader, its first page. */
export function drawContents(
  doc: Pdf,
  slot: ContentsSlot,
  entries: readonly { readonly title: string; readonly page: number }[],
  lang: ReportLang,
): void {
  if (!slot.fits || entries.length === 0) return;
  let y = slot.top;
  drawLine(doc, say("contents", lang), PAGE.left, y, HEADING);
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
