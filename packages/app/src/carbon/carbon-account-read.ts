/**
 * Reading carbon accounts: the enterprise itself, the district, and holders of the enterprise's "carbon" consent
 * grant (each granted read logged in the enterprise's access log). A year's account is its latest version unless a
 * version is asked for; the grade is the latest grading batch's; the ETS position is valued at the CEA price.
 */
import type { TCarbonGradeExplanation } from "@greenfin/contracts";
import { type CarbonAccount, etsPosition, etsSectorOf } from "@greenfin/domain";
import { loadCarbonFactorSet } from "@greenfin/reference";
import { authorizeRead } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

interface AccountRow {
  id: string;
  year: number;
  version: number;
  calculated_on: string;
  factor_set: string;
  inputs_hash: string;
  account_hash: string;
  account: string;
  created_at: Date;
}

interface GradeRow {
  year: number;
  industry_group: string;
  l_value: string;
  industry_l: string;
  k_value: string;
  grade: number;
  colour: string;
  /** As the district's run stored it (carbon-grades.ts). */
  explanation: TCarbonGradeExplanation | null;
}

const readCarbon = (p: Platform, actor: Actor, orgId: string, resource: string) =>
  authorizeRead(p, actor, { ownerOrgId: orgId, scope: "carbon", resource, submittedToDistrict: true });

/** The years an enterprise has accounts for, each with its latest totals and grade: the account page's history. */
export async function carbonAccountYears(p: Platform, actor: Actor, orgId: string) {
  await readCarbon(p, actor, orgId, `carbon_account:${orgId}`);
  const r = await p.db.query<{
    year: number;
    version: number;
    scope1: string;
    scope2_location: string;
    scope2_market: string;
    total_location: string;
    revenue_wan: string | null;
    value_added_wan: string | null;
    grade: number | null;
    colour: string | null;
  }>(
    `SELECT a.year, a.version, a.scope1::text, a.scope2_location::text, a.scope2_market::text,
            a.total_location::text, a.revenue_wan::text, a.value_added_wan::text, g.grade, g.colour
       FROM (SELECT DISTINCT ON (year) * FROM carbon_accounts WHERE org_id = $1 ORDER BY year, version DESC) a
       LEFT JOIN LATERAL (
         SELECT cg.grade, cg.colour FROM carbon_grades cg JOIN carbon_grade_batches b ON b.id = cg.batch_id
          WHERE cg.org_id = $1 AND b.year = a.year ORDER BY b.created_at DESC LIMIT 1) g ON true
      ORDER BY a.year`,
    [orgId],
  );
  return r.rows.map((x) => ({
    year: x.year,
    version: x.version,
    scope1: x.scope1,
    scope2Location: x.scope2_location,
    scope2Market: x.scope2_market,
    total: x.total_location,
    revenueWan: x.revenue_wan,
    valueAddedWan: x.value_added_wan,
    grade: x.grade,
    colour: x.colour,
  }));
}

/** One year's account (latest version, or the one asked for), its versions, grade, and ETS position. */
export async function getCarbonAccount(p: Platform, actor: Actor, orgId: string, year: number, version?: number) {
  await readCarbon(p, actor, orgId, `carbon_account:${orgId}:${year}`);
  const versions = await p.db.query<AccountRow>(
    `SELECT id, year, version, to_char(calculated_on, 'YYYY-MM-DD') AS calculated_on, factor_set, inputs_hash,
            account_hash, account, created_at
       FROM carbon_accounts WHERE org_id = $1 AND year = $2 ORDER BY version DESC`,
    [orgId, year],
  );
  const row = version === undefined ? versions.rows[0] : versions.rows.find((v) => v.version === version);
  if (!row) throw AppError.notFound("carbon_account");
  const grade = await p.db.query<GradeRow>(
    `SELECT b.year, g.industry_group, g.l_value::text, g.industry_l::text, g.k_value::text, g.grade, g.colour,
            g.explanation
       FROM carbon_grades g JOIN carbon_grade_batches b ON b.id = g.batch_id
      WHERE g.org_id = $1 AND b.year = $2 ORDER BY b.created_at DESC LIMIT 1`,
    [orgId, year],
  );
  const account = JSON.parse(row.account) as CarbonAccount;
  return {
    id: row.id,
    year: row.year,
    version: row.version,
    calculatedOn: row.calculated_on,
    factorSet: row.factor_set,
    inputsHash: row.inputs_hash,
    accountHash: row.account_hash,
    account,
    versions: versions.rows.map((v) => ({
      version: v.version,
      calculatedOn: v.calculated_on,
      factorSet: v.factor_set,
      inputsHash: v.inputs_hash,
    })),
    grade: grade.rows[0]
      ? {
          industryGroup: grade.rows[0].industry_group,
          l: grade.rows[0].l_value,
          industryL: grade.rows[0].industry_l,
          k: grade.rows[0].k_value,
          grade: grade.rows[0].grade,
          colour: grade.rows[0].colour,
          explanation: grade.rows[0].explanation,
        }
      : null,
    ets: await etsFor(p, orgId, year, account),
  };
}

/** Allocated against verified emissions (or, until verified, the account's Scope 1, said so), at the CEA price. */
async function etsFor(p: Platform, orgId: string, year: number, account: CarbonAccount) {
  const ets = loadCarbonFactorSet().ets;
  const sector = account.industryCode ? etsSectorOf(account.industryCode, ets) : null;
  if (!sector) return null;
  const r = await p.db.query<{ allocated_t: string; verified_t: string | null; source: string }>(
    "SELECT allocated_t::text, verified_t::text, source FROM carbon_ets_allocations WHERE org_id = $1 AND year = $2",
    [orgId, year],
  );
  const allocation = r.rows[0];
  if (!allocation) return { sector, allocation: null, position: null };
  const verified = allocation.verified_t ?? account.totals.scope1;
  return {
    sector,
    allocation: {
      allocated: allocation.allocated_t,
      verified,
      verifiedBasis: allocation.verified_t ? "verified" : "platform_scope1_estimate",
      source: allocation.source,
    },
    position: etsPosition(
      { allocated: allocation.allocated_t, verified, priceYear: year, priceBasis: "annual_average" },
      ets,
    ),
  };
}
