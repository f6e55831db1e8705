/**
 * Writes a book's rows in bulk: one `INSERT … SELECT FROM unnest(…)` per batch (bulk-insert.ts), the batch's
 * outstanding amounts summed by the database in the same statement so that the book's total is exact without
 * decimal arithmetic here.
 */
import type { Queryable } from "@greenfin/db";
import type { PcafCounterparty, PcafPosition } from "@greenfin/domain";
import { insertUnnest } from "../demo/bulk-insert";
import { encodeCounterparty, encodePosition } from "./pcaf-position-codec";

export interface BookRef {
  readonly bookId: string;
  readonly orgId: string;
}

export async function storeCounterparties(
  tx: Queryable,
  book: BookRef,
  counterparties: readonly PcafCounterparty[],
): Promise<void> {
  const rows = counterparties.map((c, i) => ({ c, rowNo: i + 1 }));
  await insertUnnest(
    tx,
    "pcaf_book_counterparties",
    [
      { name: "book_id", type: "uuid", value: () => book.bookId },
      { name: "row_no", type: "int", value: (r) => r.rowNo },
      { name: "org_id", type: "uuid", value: () => book.orgId },
      { name: "counterparty", type: "text", value: (r) => r.c.id },
      { name: "record", type: "text", value: (r) => encodeCounterparty(r.c) },
    ],
    rows,
    10_000,
  );
}

/**
 * Stores positions numbered from `firstRowNo` (file order) and returns `runningTotal` plus their outstanding
 * amounts, as exact decimal text.
 */
export async function storePositions(
  tx: Queryable,
  book: BookRef,
  firstRowNo: number,
  positions: readonly PcafPosition[],
  runningTotal: string,
): Promise<string> {
  if (positions.length === 0) return runningTotal;
  const r = await tx.query<{ total: string }>(
    `WITH u AS (SELECT * FROM unnest($1::int[], $2::text[], $3::numeric[]) AS u(row_no, position, outstanding)),
          stored AS (INSERT INTO pcaf_book_positions (book_id, row_no, org_id, position)
                     SELECT $4, row_no, $5, position FROM u)
     SELECT ($6::numeric + coalesce(sum(outstanding), 0))::text AS total FROM u`,
    [
      positions.map((_, i) => firstRowNo + i),
      positions.map(encodePosition),
      positions.map((p) => p.outstanding),
      book.bookId,
      book.orgId,
      runningTotal,
    ],
  );
  return r.rows[0]!.total;
}
