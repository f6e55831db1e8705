/**
 * Enum options for list validation live on a hidden sheet, one column per indicator: Excel limits an inline list
 * to 255 characters and splits it on commas, which long or comma-bearing options would break.
 */
import type ExcelJS from "exceljs";
import { LISTS_SHEET } from "./workbook-layout";

export class OptionLists {
  private readonly columns: (readonly string[])[] = [];
  private readonly byKey = new Map<string, string>();

  /** The range formula of these options, e.g. `'_lists'!$C$1:$C$5`; the same options share one column. */
  rangeOf(options: readonly string[]): string {
    const key = JSON.stringify(options);
    let ref = this.byKey.get(key);
    if (!ref) {
      this.columns.push(options);
      const letter = columnLetter(this.columns.length);
      ref = `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${options.length}`;
      this.byKey.set(key, ref);
    }
    return ref;
  }

  write(workbook: ExcelJS.Workbook): void {
    if (this.columns.length === 0) return;
    const ws = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
    this.columns.forEach((options, i) => {
      options.forEach((option, r) => {
        ws.getCell(r + 1, i + 1).value = option;
      });
    });
  }
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
  return letters;
}
