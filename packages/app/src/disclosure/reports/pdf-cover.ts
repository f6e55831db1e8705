/**
 * Page 1 of the PDF report: who reports under which framework for which period, the revision's record, how complete
 * it is, and a slot for the contents (drawn last, once the sections' pages are known).
 */
import { type ContentsSlot, contentsSlot } from "../../reports/pdf/pdf-contents";
import { drawCoverTitle, drawFactRows, drawFigureBox } from "../../reports/pdf/pdf-cover-parts";
import {
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  drawParagraph,
  lineHeight,
  PAGE,
  type Pdf,
  type TextStyle,
} from "../../reports/pdf/pdf-layout";
import { HEADING } from "../../reports/pdf/pdf-styles";
import type { DisclosureReportModel, ReportLang } from "./report-model";
import { coverFacts, formatFraction, organisationName, otherOrganisationName, pick, say } from "./report-text";

const FRAMEWORK: TextStyle = { size: 13, color: COLOUR.text };
const FACT_KEY: TextStyle = { size: 10, color: COLOUR.muted };
const FACT_VALUE: TextStyle = { size: 10, color: COLOUR.text };
const FIGURE_LABEL: TextStyle = { size: 9, color: COLOUR.muted };
const FIGURE_VALUE: TextStyle = { size: 15, color: COLOUR.text };

const FIGURE_HEIGHT = 64;

export function drawCover(doc: Pdf, model: DisclosureReportModel, lang: ReportLang): ContentsSlot {
  const left = PAGE.left;
  let y = drawCoverTitle(doc, say("title", lang), organisationName(model, lang), otherOrganisationName(model, lang));
  y += 10;
  const framework = `${pick(model.framework.name, lang)} · ${model.framework.issuer}`;
  y = drawParagraph(doc, framework, left, y, CONTENT_WIDTH, FRAMEWORK) + 14;

  const facts = coverFacts(model, lang).map(([label, value]) => ({ label, value }));
  y = drawFactRows(doc, y, facts, { keyWidth: 130, pad: 4, key: FACT_KEY, value: FACT_VALUE }) + 20;

  drawLine(doc, say("completeness", lang), left, y, HEADING);
  y += lineHeight(HEADING) + 6;
  const { mandatoryFilled, mandatoryTotal, allFilled, allTotal } = model.completeness;
  const boxWidth = (CONTENT_WIDTH - 16) / 2;
  drawFigure(doc, left, y, boxWidth, say("mandatoryFilled", lang), mandatoryFilled, mandatoryTotal);
  drawFigure(doc, left + boxWidth + 16, y, boxWidth, say("allFilled", lang), allFilled, allTotal);
  y += FIGURE_HEIGHT + 24;
  return contentsSlot(y, model.sections.length);
}

function drawFigure(doc: Pdf, x: number, y: number, width: number, label: string, filled: number, total: number) {
  drawFigureBox(doc, x, y, width, FIGURE_HEIGHT);
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
