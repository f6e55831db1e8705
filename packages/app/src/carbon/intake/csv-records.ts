/**
 * A streaming CSV splitter (RFC 4180: comma-separated, fields in double quotes may hold commas, doubled quotes and
 * line breaks; CRLF or LF), fed text chunk by chunk. Lines without a quote — nearly every line of a machine export —
 * take a fast path (split on commas); a quoted record is scanned character by character, across chunks if need be.
 * Each record carries the 1-based line it starts on.
 */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

export class CsvSyntaxError extends Error {
  override name = "CsvSyntaxError";
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export class CsvRecords {
  private rest = "";
  /** Lines consumed so far. */
  private lines = 0;

  /** The complete records in what has arrived; an incomplete last record waits for the next chunk (or `final`). */
  push(text: string, final = false): CsvRecord[] {
    const buf = this.rest + text;
    const out: CsvRecord[] = [];
    let pos = 0;
    // The next quote at or after `pos`, searched again only once passed (-1: none left): searching afresh on every
    // line would scan to the end of a quote-free chunk each time, quadratic in the chunk's size.
    let quote = -2;
    while (pos < buf.length) {
      const nl = buf.indexOf("\n", pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? buf.length : nl;
      if (quote !== -1 && quote < pos) quote = buf.indexOf('"', pos);
      if (quote < 0 || quote > end) {
        let lineText = buf.slice(pos, end);
        if (lineText.endsWith("\r")) lineText = lineText.slice(0, -1);
        out.push({ fields: lineText.split(","), line: ++this.lines });
        pos = end + 1;
        continue;
      }
      const r = this.quoted(buf, pos, final);
      if (!r) break;
      out.push(r.record);
      pos = r.next;
    }
    this.rest = pos < buf.length ? buf.slice(pos) : "";
    return out;
  }

  /** A record holding quotes, from `start`; null when it continues past the text that has arrived. */
  private quoted(buf: string, start: number, final: boolean): { record: CsvRecord; next: number } | null {
    const fields: string[] = [];
    let field = "";
    let inQuotes = false;
    let spanned = 0;
    let i = start;
    const line = this.lines + 1;
    for (;;) {
      if (i >= buf.length) {
        if (!final) return null;
        if (inQuotes) throw new CsvSyntaxError("a quoted field is not closed", line);
        break;
      }
      const c = buf[i]!;
      if (inQuotes) {
        if (c === '"') {
          if (i + 1 >= buf.length && !final) return null;
          if (buf[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            inQuotes = false;
            i++;
          }
        } else {
          if (c === "\n") spanned++;
          field += c;
          i++;
        }
        continue;
      }
      if (c === ",") {
        fields.push(field);
        field = "";
        i++;
      } else if (c === '"') {
        if (field.trim() !== "") throw new CsvSyntaxError("a quote inside an unquoted field", line + spanned);
        field = "";
        inQuotes = true;
        i++;
      } else if (c === "\n" || (c === "\r" && buf[i + 1] === "\n")) {
        i += c === "\r" ? 2 : 1;
        break;
      } else if (c === "\r" && i + 1 >= buf.length && !final) {
        return null;
      } else {
        field += c;
        i++;
      }
    }
    fields.push(field);
    this.lines += spanned + 1;
    return { record: { fields, line }, next: i };
  }
}
