import { createHash } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import type { EntityRating } from "@greenfin/domain";
import type { EntitySources } from "./rating-universe";

export interface ResultToWrite {
  readonly rating: EntityRating;
  /** canonicalJson(rating): the bytes stored and hashed. */
  readonly explanation: string;
  readonly sources: EntitySources;
  readonly pillars: { readonly E: string | null; readonly S: string | null; readonly G: string | null };
}

/**
 * Writes a batch of results in one statement (one transaction). A result already written for the entity (a job
 * resumed after a crash) is kept, and its stored hash is what the run's result hash uses: the caller has checked
 * that the inputs are the same, so it is byte-identical to the one just computed.
 * Returns entity id → result hash for the whole batch.
 */
export async function insertResults(
  db: Queryable,
  runId: string,
  rows: readonly ResultToWrite[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (rows.length === 0) return out;
  const cols = 13;
  const params: unknown[] = [];
  const tuples = rows.map((r, i) => {
    // The same bytes as the domain's hashRating: SHA-256 of the canonical JSON, computed once.
    const hash = createHash("sha256").update(r.explanation, "utf8").digest("hex");
    out.set(r.rating.entityId, hash);
    params.push(
      runId,
      r.rating.entityId,
      r.rating.industryCode,
      r.rating.industryGroup,
      r.rating.score,
      r.rating.grade,
      r.pillars.E,
      r.pillars.S,
      r.pillars.G,
      r.rating.inputHash,
      r.explanation,
      hash,
      JSON.stringify(r.sources),
    );
    const b = i * cols;
    return `(${Array.from({ length: cols }, (_, k) => `$${b + k + 1}`).join(",")})`;
  });
  const existing = await db.query<{ org_id: string; result_hash: string }>(
    `INSERT INTO rating_results (run_id, org_id, industry_code, industry_group, score, grade, pillar_e, pillar_s, pillar_g,
                                 input_hash, explanation, result_hash, sources)
     VALUES ${tuples.join(",")}
     ON CONFLICT (run_id, org_id) DO NOTHING
     RETURNING org_id, result_hash`,
    params,
  );
  if (existing.rows.length < rows.length) {
    const kept = await db.query<{ org_id: string; result_hash: string }>(
      "SELECT org_id, result_hash FROM rating_results WHERE run_id = $1 AND org_id = ANY($2::uuid[])",
      [runId, rows.map((r) => r.rating.entityId)],
    );
    for (const k of kept.rows) out.set(k.org_id, k.result_hash);
  }
  return out;
}
