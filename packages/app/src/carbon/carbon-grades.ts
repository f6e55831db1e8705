/**
 * The district's carbon-efficiency grades for a year (DB33/T 1347-2023 form, thresholds as data): each enterprise's
 * L = CO2 ÷ value added against the average L of its industry (GB/T 4754 division) computed from the district's own
 * latest accounts. An industry with fewer peers than the method asks for is not graded (a K against oneself says
 * nothing). Each grading is a new batch; the latest batch of a year is the current grade.
 */
import type { Queryable } from "@greenfin/db";
import { gradeCarbonEfficiency } from "@greenfin/domain";
import { loadCarbonFactorSet } from "@greenfin/reference";
import type { Platform } from "../platform";

/** Peers an industry needs before its members are graded against its average. */
export const MIN_GRADE_PEERS = 3;
const INSERT_ROWS = 1_000;

/** Canonical industry code ("C2651") → its division ("C26"), the peer group. */
export const industryGroupOf = (code: string) => code.slice(0, 3);

export interface GradeBatch {
  id: string;
  year: number;
  graded: number;
  ungraded: number;
}

export async function gradeCarbonYear(
  db: Queryable,
  p: Platform,
  createdBy: string | null,
  year: number,
): Promise<GradeBatch> {
  const method = loadCarbonFactorSet().carbonEfficiency;
  const latest = await db.query<{ id: string; org_id: string; industry_code: string; co2: string; va: string }>(
    `SELECT DISTINCT ON (org_id) id, org_id, industry_code, total_location::text AS co2, value_added_wan::text AS va
       FROM carbon_accounts
      WHERE year = $1 AND industry_code IS NOT NULL AND value_added_wan > 0
      ORDER BY org_id, version DESC`,
    [year],
  );
  const groups = new Map<string, typeof latest.rows>();
  for (const row of latest.rows) {
    const g = industryGroupOf(row.industry_code);
    const members = groups.get(g);
    if (members) members.push(row);
    else groups.set(g, [row]);
  }
  const batch = await db.query<{ id: string }>(
    `INSERT INTO carbon_grade_batches (year, method, enterprise_count, created_by, created_at)
     VALUES ($1, $2, 0, $3, $4) RETURNING id`,
    [year, `${method.id} (${method.standard})`, createdBy, p.clock.now()],
  );
  const batchId = batch.rows[0]!.id;
  let graded = 0;
  let ungraded = 0;
  for (const [group, members] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (members.length < MIN_GRADE_PEERS) {
      ungraded += members.length;
      continue;
    }
    const result = gradeCarbonEfficiency(
      members.map((m) => ({ id: m.org_id, co2: m.co2, valueAdded: m.va })),
      method,
    );
    const accountOf = new Map(members.map((m) => [m.org_id, m.id]));
    // Written a thousand at a time: a district's year is tens of thousands of grades.
    for (let i = 0; i < result.grades.length; i += INSERT_ROWS) {
      const chunk = result.grades.slice(i, i + INSERT_ROWS);
      await db.query(
        `INSERT INTO carbon_grades (batch_id, org_id, account_id, industry_group, l_value, industry_l, k_value, grade,
            colour, explanation)
         SELECT $1, g.org_id, g.account_id, $2, g.l, $3, g.k, g.grade, g.colour, g.explanation::jsonb
           FROM unnest($4::uuid[], $5::uuid[], $6::numeric[], $7::numeric[], $8::int[], $9::text[], $10::text[])
             AS g(org_id, account_id, l, k, grade, colour, explanation)`,
        [
          batchId,
          group,
          result.industryAverage.intensity,
          chunk.map((g) => g.id),
          chunk.map((g) => accountOf.get(g.id)),
          chunk.map((g) => g.intensity),
          chunk.map((g) => g.k),
          chunk.map((g) => g.grade),
          chunk.map((g) => g.colour.colour),
          chunk.map((g) =>
            JSON.stringify({
              method: result.method,
              industryAverage: result.industryAverage,
              peers: members.length,
              level: g.level,
              colour: g.colour,
              trace: g.trace,
            }),
          ),
        ],
      );
    }
    graded += result.grades.length;
  }
  await db.query("UPDATE carbon_grade_batches SET enterprise_count = $2 WHERE id = $1", [batchId, graded]);
  return { id: batchId, year, graded, ungraded };
}
