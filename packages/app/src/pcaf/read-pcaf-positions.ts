/**
 * A completed run's positions: a page with filters (asset class, sector section, data-quality score, covered or
 * not, text) and an order, each row from the stored columns; and one position whole, with its explanation trace.
 */
import type { TPcafPositionRow, TPcafPositionsQuery } from "@greenfin/contracts";
import type { PcafPositionResult } from "@greenfin/domain";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireCompleted } from "./pcaf-access";
import { loadVisibleRun } from "./pcaf-run-view";

interface Row {
  position_id: string;
  asset_class: TPcafPositionRow["assetClass"];
  counterparty: string | null;
  counterparty_name: string | null;
  counterparty_org_id: string | null;
  sector: string | null;
  section_key: string;
  outstanding: string;
  attribution_factor: string | null;
  financed_scope12: string | null;
  financed_scope3: string | null;
  score: number | null;
  evidence: string | null;
}

export const POSITION_ROW_COLUMNS = `position_id, asset_class, counterparty, counterparty_name, counterparty_org_id,
  sector, section_key, outstanding::text, attribution_factor::text, financed_scope12::text, financed_scope3::text,
  score, evidence`;

/** Households and sovereigns have no GB/T 4754 section: their bucket key is not shown as one. */
const NOT_SECTIONS = new Set(["households", "sovereign"]);

export function toPositionRow(x: Row): TPcafPositionRow {
  return {
    positionId: x.position_id,
    assetClass: x.asset_class,
    counterparty: x.counterparty,
    counterpartyName: x.counterparty_name,
    orgId: x.counterparty_org_id,
    sector: x.sector,
    section: NOT_SECTIONS.has(x.section_key) ? null : x.section_key,
    outstanding: x.outstanding,
    attributionFactor: x.attribution_factor,
    financedScope12Tco2e: x.financed_scope12,
    financedScope3Tco2e: x.financed_scope3,
    score: x.score,
    evidence: x.evidence,
  };
}

/** On the table's numeric columns (`r.`), not the text the select list gives them out as. */
const ORDER: Record<TPcafPositionsQuery["sort"], string> = {
  financed_desc: "r.financed_scope12 DESC NULLS LAST, r.row_no",
  outstanding_desc: "r.outstanding DESC, r.row_no",
  position: "r.row_no",
};

const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filters(runId: string, q: TPcafPositionsQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [runId];
  const where = ["run_id = $1"];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll("?", `$${params.length}`));
  };
  if (q.assetClass) add("asset_class = ?", q.assetClass);
  // "sovereigns" as the contract names them; "sovereign" as the domain's sector buckets key them.
  if (q.section) add("section_key = ?", q.section === "sovereigns" ? "sovereign" : q.section);
  if (q.score !== undefined) add("score = ?", q.score);
  if (q.covered) where.push(q.covered === "yes" ? "financed_scope12 IS NOT NULL" : "financed_scope12 IS NULL");
  const text = q.q?.trim();
  if (text) add("(position_id ILIKE ? OR counterparty ILIKE ? OR counterparty_name ILIKE ?)", likeText(text));
  return { where: where.join(" AND "), params };
}

export async function listPcafPositions(p: Platform, actor: Actor, runId: string, q: TPcafPositionsQuery) {
  const run = await loadVisibleRun(p.db, actor, runId);
  requireCompleted(run);
  const { where, params } = filters(run.id, q);
  const total = await p.db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM pcaf_position_results WHERE ${where}`,
    params,
  );
  const n = params.length;
  const rows = await p.db.query<Row>(
    `SELECT ${POSITION_ROW_COLUMNS} FROM pcaf_position_results r WHERE ${where}
      ORDER BY ${ORDER[q.sort]} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
  );
  return { items: rows.rows.map(toPositionRow), total: Number(total.rows[0]!.n), page: q.page, pageSize: q.pageSize };
}

export async function getPcafPosition(p: Platform, actor: Actor, runId: string, positionId: string) {
  const run = await loadVisibleRun(p.db, actor, runId);
  requireCompleted(run);
  const r = await p.db.query<Row & { result: string }>(
    `SELECT ${POSITION_ROW_COLUMNS}, result FROM pcaf_position_results WHERE run_id = $1 AND position_id = $2`,
    [run.id, positionId],
  );
  const row = r.rows[0];
  if (!row) throw AppError.notFound("pcaf_position");
  return { ...toPositionRow(row), result: JSON.parse(row.result) as PcafPositionResult };
}
