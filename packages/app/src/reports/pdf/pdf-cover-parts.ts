/**
 * The pieces both report covers are built from: the title block (accent bar, kicker, the organisation's name in the
 * report's language and the other), the ruled facts table, and the outlined box of a key figure.
 */
import {
  COLOUR,
  CONTENT_WIDTH,
  drawLine,
  drawParagraph,
  lineHeight,
  PAGE,
  type Pdf,
  rule,
  type TextStyle,
} from "./pdf-layout";
import { KICKER, NAME, OTHER_NAME } from "./pdf-styles";

/** Draws the title block at the top of page 1; returns the y below the last name. */
export function drawCoverTitle(doc: Pdf, kicker: string, name: string, otherName: string | null): number {
  const left = PAGE.left;
  let y: number = PAGE.top;
  doc.save().rect(left, y, CONTENT_WIDTH, 4).fill(COLOUR.accent).restore();
  y += 20;
  drawLine(doc, kicker, left, y, KICKER);
  y += lineHeight(KICKER) + 6;
  y = drawParagraph(doc, name, left, y, CONTENT_WIDTH, NAME) + 2;
  if (otherName) y = drawParagraph(doc, otherName, left, y, CONTENT_WIDTH, OTHER_NAME);
  return y;
}

export interface FactRow {
  readonly label: string;
  readonly value: string;
  /** A value style of its own (a hash in a smaller size), drawn `nudge` points lower to sit on the label's line. */
  readonly style?: TextStyle;
  readonly nudge?: number;
}

export interface FactLayout {
  readonly keyWidth: number;
  /** Space above and below each row's text, inside its rules. */
  readonly pad: number;
  readonly key: TextStyle;
  readonly value: TextStyle;
}

/** Label and value rows between rules, across the page; returns the y of the last rule. */
export function drawFactRows(doc: Pdf, top: number, rows: readonly FactRow[], layout: FactLayout): number {
  const { keyWidth, pad } = layout;
  let y = top;
  rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y, COLOUR.rule);
  for (const row of rows) {
    y += pad;
    drawLine(doc, row.label, PAGE.left, y, layout.key);
    const valueTop = y + (row.nudge ?? 0);
    const bottom = drawParagraph(
      doc,
      row.value,
      PAGE.left + keyWidth,
      valueTop,
      CONTENT_WIDTH - keyWidth,
      row.style ?? layout.value,
    );
    y = Math.max(bottom, y + lineHeight(layout.key)) + pad;
    rule(doc, PAGE.left, PAGE.left + CONTENT_WIDTH, y, COLOUR.rule);
  }
  return y;
}

/** The outlined box a key figure is drawn in. */
export function drawFigureBox(doc: Pdf, x: number, y: number, width: number, height: number): void {
  doc.save().roundedRect(x, y, width, height, 4).lineWidth(0.75).strokeColor(COLOUR.figureBorder).stroke().restore();
}
