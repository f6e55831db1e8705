/**
 * An institution's own books, newest year first, each with its latest run (queued, running or done: the web app
 * shows progress from it). The district reads completed runs through its own view, not institutions' books.
 */
import type { TPcafBookRow } from "@greenfin/contracts";
import { ownOrDistrictFilter } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { requireInstitution } from "./pcaf-access";
import { type PcafRunRow, RUN_COLUMNS, toRunSummary } from "./pcaf-run-view";

type Row = {
  book_id: string;
  book_year: number;
  label: string;
  position_count: number;
  counterparty_count: number;
  outstanding: string;
  files_sha256: string;
  uploaded_at: Date;
  uploaded_by: string | null;
} & { [K in keyof PcafRunRow]: PcafRunRow[K] | null };

export async function listPcafBooks(p: Platform, actor: Actor): Promise<TPcafBookRow[]> {
  requireInstitution(actor, "read");
  const params: unknown[] = [];
  const own = ownOrDistrictFilter(actor, "b.org_id", params);
  const r = await p.db.query<Row>(
    `SELECT b.id AS book_id, b.year AS book_year, b.label, b.position_count, b.counterparty_count,
            b.outstanding::text AS outstanding, b.files_sha256, b.uploaded_at, u.display_name AS uploaded_by, lr.*
       FROM pcaf_books b
       LEFT JOIN users u ON u.id = b.uploaded_by
       LEFT JOIN LATERAL (SELECT ${RUN_COLUMNS} FROM pcaf_runs r WHERE r.book_id = b.id
                           ORDER BY r.created_at DESC LIMIT 1) lr ON true
      WHERE ${own}
      ORDER BY b.year DESC, b.uploaded_at DESC`,
    params,
  );
  return r.rows.map((x) => ({
    id: x.book_id,
    year: x.book_year,
    label: x.label,
    positions: x.position_count,
    counterparties: x.counterparty_count,
    outstanding: x.outstanding,
    filesSha256: x.files_sha256,
    uploadedAt: x.uploaded_at.toISOString(),
    uploadedBy: x.uploaded_by,
    latestRun: x.id === null ? null : toRunSummary(x as PcafRunRow),
  }));
}
