/**
 * Writes a batch of position results in one statement: the columns the positions list filters, sorts and shows, and
 * the whole result as canonical JSON. jsonb_to_recordset rather than unnest: on the embedded database long strings
 * in array parameters are slow (bulk-insert.ts).
 */
import type { Queryable } from "@greenfin/db";
import { canonicalJson, type PcafPositionResult } from "@greenfin/domain";
import { type BulkColumn, insertJson } from "../demo/bulk-insert";

export interface ResultRow {
  readonly rowNo: number;
  readonly result: PcafPositionResult;
  readonly counterpartyName: string | null;
  readonly counterpartyOrgId: string | null;
}

/** The sector bucket a result is totalled under, as the domain keys it (pcaf-portfolio.ts). */
export const sectionKeyOf = (r: PcafPositionResult): string =>
  r.section ?? (r.assetClass === "sovereign_debt" ? "sovereign" : "households");

const columns = (runId: string, orgId: string): BulkColumn<ResultRow>[] => [
  { name: "run_id", type: "uuid", value: () => runId },
  { name: "row_no", type: "int", value: (r) => r.rowNo },
  { name: "org_id", type: "uuid", value: () => orgId },
  { name: "position_id", type: "text", value: (r) => r.result.positionId },
  { name: "asset_class", type: "text", value: (r) => r.result.assetClass },
  { name: "counterparty", type: "text", value: (r) => r.result.counterparty },
  { name: "counterparty_name", type: "text", value: (r) => r.counterpartyName },
  { name: "counterparty_org_id", type: "uuid", value: (r) => r.counterpartyOrgId },
  { name: "sector", type: "text", value: (r) => r.result.sector },
  { name: "section_key", type: "text", value: (r) => sectionKeyOf(r.result) },
  { name: "outstanding", type: "numeric", value: (r) => r.result.outstanding },
  { name: "attribution_factor", type: "numeric", value: (r) => r.result.attribution?.factor ?? null },
  { name: "financed_scope12", type: "numeric", value: (r) => r.result.financedScope12Tco2e },
  { name: "financed_scope3", type: "numeric", value: (r) => r.result.financedScope3Tco2e },
  { name: "score", type: "smallint", value: (r) => r.result.dataQuality?.score ?? null },
  { name: "evidence", type: "text", value: (r) => r.result.dataQuality?.evidence ?? null },
  { name: "result", type: "text", value: (r) => canonicalJson(r.result) },
];

export async function insertPcafResults(
  db: Queryable,
  run: { id: string; orgId: string },
  rows: readonly ResultRow[],
): Promise<void> {
  if (rows.length > 0) await insertJson(db, "pcaf_position_results", columns(run.id, run.orgId), rows, rows.length);
}
