/**
 * The briefing's two charts, drawn with pdfkit's vector primitives (no raster images, so they print sharp and the
 * figures stay selectable): a line chart of a series over periods and a horizontal bar chart of named values.
 * Values are already scaled to the axis unit; a "nice" axis from zero keeps the bars honest.
 */
import { COLOUR, CONTENT_WIDTH, drawLine, PAGE, type Pager, rule, type TextStyle } from "../../reports/pdf/pdf-layout";

const AXIS: TextStyle = { size: 7, color: COLOUR.muted };
const LABEL: TextStyle = { size: 7.5, color: COLOUR.text };
const LINE_COLOUR = COLOUR.accent;
const BAR_COLOUR = "#3f8f63";

/** A round upper bound for the axis and its step (1, 2 or 5 × 10^k), with `ticks` steps. */
export function niceAxis(max: number, ticks = 4): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return { top: step * Math.ceil(max / step), step };
}

const tickText = (v: number, step: number) => v.toFixed(step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step))));

export interface LinePoint {
  readonly label: string;
  readonly value: number | null;
}

/** A line chart `height` points tall at the pager's y; returns nothing, moves the pager below it. */
export function drawLineChart(pager: Pager, points: readonly LinePoint[], unit: string, height = 170): void {
  pager.ensure(height + 30);
  const doc = pager.doc;
  const left = PAGE.left + 44;
  const width = CONTENT_WIDTH - 54;
  const top = pager.y + 18;
  const bottom = top + height - 28;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const { top: axisTop, step } = niceAxis(Math.max(0, ...values));
  const y = (v: number) => bottom - (v / axisTop) * (bottom - top);
  drawLine(doc, unit, PAGE.left, top - 18, AXIS);
  for (let v = 0; v <= axisTop + step / 2; v += step) {
    rule(doc, left, left + width, y(v), COLOUR.rule, 0.4);
    drawLine(doc, tickText(v, step), left - 4, y(v) - 5, AXIS, "right");
  }
  const n = points.length;
  const x = (i: number) => left + (n <= 1 ? width / 2 : (i / (n - 1)) * width);
  const every = Math.max(1, Math.ceil(n / 12));
  points.forEach((p, i) => {
    // Every `every`-th label counted back from the last, so the latest period is always labelled.
    if ((n - 1 - i) % every === 0) drawLine(doc, p.label, x(i) - 12, bottom + 4, AXIS);
  });
  doc.save().lineWidth(1.4).strokeColor(LINE_COLOUR);
  let drawing = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(x(i), y(p.value));
    else doc.moveTo(x(i), y(p.value));
    drawing = true;
  });
  doc.stroke().restore();
  points.forEach((p, i) => {
    if (p.value !== null) doc.save().circle(x(i), y(p.value), 1.6).fill(LINE_COLOUR).restore();
  });
  pager.y = bottom + 20;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The figure printed at the bar's end, as the table would write it. */
  readonly text: string;
}

/** Horizontal bars, one row each, largest first as given; moves the pager below them. */
export function drawBarChart(pager: Pager, bars: readonly Bar[], unit: string): void {
  const doc = pager.doc;
  const row = 16;
  const labelWidth = 150;
  const left = PAGE.left + labelWidth;
  const width = CONTENT_WIDTH - labelWidth - 60;
  const { top: axisTop } = niceAxis(Math.max(0, ...bars.map((b) => b.value)));
  pager.ensure(Math.min(bars.length, 6) * row + 20);
  drawLine(doc, unit, left, pager.y, AXIS);
  pager.y += 12;
  for (const b of bars) {
    pager.ensure(row);
    const w = b.value > 0 ? (b.value / axisTop) * width : 0;
    drawLine(doc, b.label, PAGE.left, pager.y + 1, LABEL);
    doc
      .save()
      .rect(left, pager.y + 2, width, row - 6)
      .fill(COLOUR.barTrack)
      .restore();
    if (w > 0)
      doc
        .save()
        .rect(left, pager.y + 2, w, row - 6)
        .fill(BAR_COLOUR)
        .restore();
    drawLine(doc, b.text, left + width + 4, pager.y + 1, LABEL);
    pager.y += row;
  }
  pager.y += 6;
}
