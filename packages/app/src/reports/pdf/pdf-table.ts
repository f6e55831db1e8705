/**
 * A table drawn with pdfkit: fixed column widths, wrapped cell text, a rule under each row, the header repeated on
 * every page the table runs onto. A row moves to the next page whole when it fits there; a row taller than a
 * page (a long explanation, say) is split between lines.
 */
import { BODY_BOTTOM, COLOUR, drawLine, lineHeight, PAGE, type Pager, rule, type TextStyle, wrap } from "./pdf-layout";

export interface CellBlock {
  readonly text: string;
  readonly style: TextStyle;
  /** Space above the block, within the cell. */
  readonly gapBefore?: number;
  /** Drawn in a thin box the colour of the text (the "not disclosed" mark). */
  readonly badge?: boolean;
  /** "right": each line ends at the cell's right padding, so figures in a column line up on their last digit. */
  readonly align?: "right";
}

export interface TableCell {
  readonly blocks: readonly CellBlock[];
  readonly fill?: string;
}

export interface TableColumn {
  readonly width: number;
}

interface Line {
  readonly text: string;
  readonly style: TextStyle;
  readonly gap: number;
  readonly badge: boolean;
  readonly align: "right" | undefined;
  readonly height: number;
}

const PAD_X = 4;
const PAD_Y = 3.5;
const BADGE_PAD = 2.5;

export class PdfTable {
  private readonly x: number;
  private readonly width: number;
  private readonly header: Line[][];

  constructor(
    private readonly pager: Pager,
    private readonly columns: readonly TableColumn[],
    header: readonly TableCell[],
    left: number,
    /** Drawn at the top of each page the table continues on, above the repeated header (e.g. "title (continued)"). */
    private readonly continuation?: { readonly height: number; draw(): void },
  ) {
    this.x = left;
    this.width = columns.reduce((sum, c) => sum + c.width, 0);
    this.header = this.layout(header);
  }

  get headerHeight(): number {
    return rowHeight(this.header);
  }

  /** Height a row would take, for keeping a section title with its first row. */
  heightOf(cells: readonly TableCell[]): number {
    return rowHeight(this.layout(cells));
  }

  drawHeader(): void {
    const top = this.pager.y;
    const height = this.headerHeight;
    this.pager.doc.save().rect(this.x, top, this.width, height).fill(COLOUR.headerFill).restore();
    this.drawLines(this.header, top);
    rule(this.pager.doc, this.x, this.x + this.width, top + height, COLOUR.accent, 1);
    this.pager.y = top + height;
  }

  drawRow(cells: readonly TableCell[]): void {
    let lines = this.layout(cells);
    const whole = rowHeight(lines);
    const freshPage = BODY_BOTTOM - PAGE.top - (this.continuation?.height ?? 0) - this.headerHeight;
    if (whole > this.pager.remaining && whole <= freshPage) this.continueOnNewPage();
    // Only a row taller than a whole page gets here without fitting: split it between lines.
    while (lines.some((cell) => cell.length > 0)) {
      const room = this.pager.remaining - 2 * PAD_Y;
      const taken = lines.map((cell) => takeLines(cell, room));
      if (taken.every((t) => t.length === 0)) {
        this.continueOnNewPage();
        continue;
      }
      this.drawFragment(taken, cells);
      lines = lines.map((cell, i) => cell.slice(taken[i]!.length).map((l, j) => (j === 0 ? { ...l, gap: 0 } : l)));
      if (lines.some((cell) => cell.length > 0)) this.continueOnNewPage();
    }
  }

  private continueOnNewPage(): void {
    this.pager.newPage();
    this.continuation?.draw();
    this.drawHeader();
  }

  private drawFragment(lines: Line[][], cells: readonly TableCell[]): void {
    const doc = this.pager.doc;
    const top = this.pager.y;
    const height = rowHeight(lines);
    let x = this.x;
    cells.forEach((cell, i) => {
      const width = this.columns[i]!.width;
      if (cell.fill) doc.save().rect(x, top, width, height).fill(cell.fill).restore();
      x += width;
    });
    this.drawLines(lines, top);
    rule(doc, this.x, this.x + this.width, top + height, COLOUR.rule);
    this.pager.y = top + height;
  }

  private drawLines(lines: Line[][], top: number): void {
    const doc = this.pager.doc;
    let x = this.x;
    lines.forEach((cell, i) => {
      let y = top + PAD_Y;
      for (const line of cell) {
        y += line.gap;
        if (line.align === "right")
          drawLine(doc, line.text, x + this.columns[i]!.width - PAD_X, y, line.style, "right");
        else drawLine(doc, line.text, x + PAD_X + (line.badge ? BADGE_PAD : 0), y, line.style);
        if (line.badge) {
          const w = doc.widthOfString(line.text) + 2 * BADGE_PAD;
          const h = line.style.size + 2 * BADGE_PAD;
          const boxTop = y + (lineHeight(line.style) - h) / 2;
          doc
            .save()
            .roundedRect(x + PAD_X, boxTop, w, h, 1.5)
            .lineWidth(0.6)
            .strokeColor(line.style.color)
            .stroke();
          doc.restore();
        }
        y += line.height - line.gap;
      }
      x += this.columns[i]!.width;
    });
  }

  private layout(cells: readonly TableCell[]): Line[][] {
    return cells.map((cell, i) => {
      const width = this.columns[i]!.width - 2 * PAD_X;
      return cell.blocks.flatMap((block) =>
        wrap(this.pager.doc, block.text, block.badge ? width - 2 * BADGE_PAD : width, block.style).map((text, j) => {
          const gap = j === 0 ? (block.gapBefore ?? 0) : 0;
          const height = lineHeight(block.style) + (block.badge ? BADGE_PAD : 0);
          return {
            text,
            style: block.style,
            gap,
            badge: block.badge === true,
            align: block.align,
            height: height + gap,
          };
        }),
      );
    });
  }
}

function rowHeight(lines: readonly (readonly Line[])[]): number {
  return Math.max(0, ...lines.map((cell) => cell.reduce((sum, l) => sum + l.height, 0))) + 2 * PAD_Y;
}

/** The leading lines of a cell that fit in `room`. */
function takeLines(cell: readonly Line[], room: number): Line[] {
  const out: Line[] = [];
  let used = 0;
  for (const line of cell) {
    if (used + line.height > room) break;
    out.push(line);
    used += line.height;
  }
  return out;
}
