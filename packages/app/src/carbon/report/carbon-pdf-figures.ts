/** The cover's key figures: six boxes, Scope 1 and 2 totals, the intensity and the grade in its colour. */
import { drawFigureBox } from "../../reports/pdf/pdf-cover-parts";
import {
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  lineHeight,
  PAGE,
  type Pdf,
  type TextStyle,
} from "../../reports/pdf/pdf-layout";
import { HEADING } from "../../reports/pdf/pdf-styles";
import type { ReportLang } from "../../reports/report-words";
import { COLOUR_FILL, colourLabel, formatDecimal, gradeLabel, unitLabel } from "./carbon-report-format";
import type { CarbonReportModel } from "./carbon-report-model";
import { say } from "./carbon-report-text";

const FIGURE_LABEL: TextStyle = { size: 8.5, color: COLOUR.muted };
const FIGURE_VALUE: TextStyle = { size: 14, color: COLOUR.text };
const FIGURE_UNIT: TextStyle = { size: 7.5, color: COLOUR.muted };

const FIGURE_HEIGHT = 56;
const GAP = 10;

interface Figure {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  /** A bar down the box's left edge (the grade's colour). */
  readonly colour?: string;
}

/** Draws the heading and two rows of three boxes from `top`; returns the y below them, with room before the next. */
export function drawKeyFigures(doc: Pdf, top: number, model: CarbonReportModel, lang: ReportLang): number {
  const left = PAGE.left;
  let y = top;
  drawLine(doc, say("keyFigures", lang), left, y, HEADING);
  y += lineHeight(HEADING) + 6;
  const width = (CONTENT_WIDTH - 2 * GAP) / 3;
  figures(model, lang).forEach((f, i) => {
    const x = left + (i % 3) * (width + GAP);
    const boxTop = y + Math.floor(i / 3) * (FIGURE_HEIGHT + GAP);
    drawFigureBox(doc, x, boxTop, width, FIGURE_HEIGHT);
    if (f.colour)
      doc
        .save()
        .rect(x, boxTop + 6, 4, FIGURE_HEIGHT - 12)
        .fill(f.colour)
        .restore();
    drawLine(doc, f.label, x + 10, boxTop + 5, FIGURE_LABEL);
    drawLine(doc, f.value, x + 10, boxTop + 18, FIGURE_VALUE);
    drawLine(doc, f.unit, x + 10, boxTop + 40, FIGURE_UNIT);
  });
  return y + 2 * FIGURE_HEIGHT + GAP + 22;
}

function figures(model: CarbonReportModel, lang: ReportLang): Figure[] {
  const t = model.account.totals;
  const perVa = model.account.intensities.perValueAdded;
  const g = model.grade;
  return [
    { label: say("scope1Short", lang), value: formatDecimal(t.scope1, 2, true), unit: "tCO2" },
    { label: say("scope2LocShort", lang), value: formatDecimal(t.scope2Location, 2, true), unit: "tCO2" },
    { label: say("scope2MktShort", lang), value: formatDecimal(t.scope2Market, 2, true), unit: "tCO2" },
    { label: say("totalShort", lang), value: formatDecimal(t.totalLocationBased, 2, true), unit: "tCO2" },
    {
      label: say("perValueAdded", lang),
      value: formatDecimal(perVa.value, 4, true),
      unit: perVa.value ? unitLabel(perVa.unit, lang) : "",
    },
    g
      ? {
          label: say("grade", lang),
          value: gradeLabel(g.grade, lang),
          unit: `K = ${formatDecimal(g.k, 4, true)} · ${colourLabel(g.colour, lang)}`,
          colour: COLOUR_FILL[g.colour] ?? COLOUR.muted,
        }
      : { label: say("grade", lang), value: say("none", lang), unit: "" },
  ];
}
