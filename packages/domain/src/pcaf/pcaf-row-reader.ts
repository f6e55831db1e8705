import { isDecimalText } from "../rating/rating-decimal";
import type { PcafRowError } from "./pcaf-types";

export type RawRecord = Readonly<Record<string, string | undefined>>;

/** Reads one record's fields by column, collecting every problem with its row and column. */
export class PcafRowReader<C extends string> {
  constructor(
    private readonly record: RawRecord,
    readonly row: number,
    private readonly headers: ReadonlyMap<C, string>,
    private readonly errors: PcafRowError[],
  ) {}

  fail(column: string, messageZh: string, messageEn: string): null {
    this.errors.push({ row: this.row, column, messageZh, messageEn });
    return null;
  }

  /** Trimmed text, or null when the column is absent or the cell empty. */
  text(column: C): string | null {
    const header = this.headers.get(column);
    const value = header === undefined ? undefined : this.record[header];
    const trimmed = value?.trim() ?? "";
    return trimmed === "" ? null : trimmed;
  }

  required(column: C): string | null {
    return this.text(column) ?? this.fail(column, "必填，不能为空", "is required");
  }

  /**
   * A non-negative plain decimal ("1200.50": no sign, exponent or thousands separators), or null when empty.
   * `positive` refuses zero, for amounts a factor is divided by.
   */
  decimal(column: C, need: { required?: boolean; positive?: boolean } = {}): string | null {
    const text = need.required ? this.required(column) : this.text(column);
    if (text === null) return null;
    if (!isDecimalText(text) || text.startsWith("-"))
      return this.fail(
        column,
        `"${text}" 不是非负十进制数（不含千位分隔符）`,
        `"${text}" is not a non-negative decimal number (no thousands separators)`,
      );
    if (need.positive && !/[1-9]/.test(text)) return this.fail(column, "必须大于 0", "must be greater than 0");
    return text;
  }
}

/** Every key any record has: the file's header when the caller does not pass it. */
export function headerOf(records: readonly RawRecord[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key in record) keys.add(key);
  return [...keys];
}
