/**
 * A small book whose figures are worked out by hand (reference data pcaf@2022.2), shared by the PCAF tests.
 *
 * Counterparty: a demo enterprise (its USCC as the id), GB/T 4754 C26 (chemicals), revenue 200 000 000 yuan, total
 * equity + debt 400 000 000 (no EVIC, so E+D is the denominator); no emissions in the file.
 *   L1 business loan, 40 000 000 → attribution 40e6 ÷ 400e6 = 0.1
 *     with its carbon account (latest version: Scope 1 1 200, Scope 2 location 300, market 250) and consent:
 *       1 200 + 300 = 1 500 tCO2e × 0.1 = 150 tCO2e, data quality 2 (option 2a, platform)
 *     without consent: revenue 200 (million CNY) × C26 factor 170 = 34 000 tCO2e × 0.1 = 3 400 tCO2e, DQ 4 (3a)
 *   M1 mortgage, 1 500 000 on a 3 000 000 home of 100 m² → 0.5 × (100 × 35 kgCO2e/m² ÷ 1000 = 3.5 t) = 1.75 tCO2e,
 *     DQ 4 (2b, floor area)
 *   S1 sovereign debt, 10 000 000 CNY in China (2021 data: 6.4515 CNY/USD, PPP GDP 27.3e12, 14 314 000 000 tCO2e
 *     excl. LULUCF): 10e6 ÷ 6.4515 = 1 550 027.13 USD ÷ 27.3e12 × 14.314e9 = 812.713856 tCO2e, DQ 1 (1a)
 * Outstanding 51 500 000. Weighted DQ (Box 8) = Σ outstanding × score ÷ Σ outstanding:
 *   with consent (40e6 × 2 + 1.5e6 × 4 + 10e6 × 1) ÷ 51.5e6 = 96e6 ÷ 51.5e6 = 1.864… → "1.86"
 *   without       (40e6 × 4 + 1.5e6 × 4 + 10e6 × 1) ÷ 51.5e6 = 176e6 ÷ 51.5e6 = 3.417… → "3.42"
 * Financed Scope 1+2: with consent 150 + 1.75 + 812.713856 = 964.463856; without 3 400 + 1.75 + 812.713856
 *   = 4 214.463856.
 */
import type { Platform } from "@greenfin/app";

/** Positions carry 6 decimal places; totals are exact sums, without trailing zeros. */
export const FIGURES = {
  outstanding: "51500000",
  platform: { loan: "150.000000", loanTotal: "150", total: "964.463856", dq: "1.86" },
  estimate: { loan: "3400.000000", total: "4214.463856", dq: "3.42" },
  mortgage: "1.750000",
  mortgageTotal: "1.75",
  sovereign: "812.713856",
};

export const counterpartiesCsv = (uscc: string) =>
  Buffer.from(
    [
      "counterparty,name,sector,revenue,total_assets,evic,total_equity_and_debt,scope1_tco2e,scope2_tco2e",
      `${uscc},甲化工有限公司,C26,200000000,,,400000000,,`,
      "",
    ].join("\n"),
  );

export const positionsCsv = (uscc: string) =>
  Buffer.from(
    [
      "position_id,asset_class,counterparty,outstanding,property_value,floor_area_m2,country",
      `L1,business_loan,${uscc},40000000,,,`,
      "M1,mortgage,,1500000,3000000,100,",
      "S1,sovereign_debt,,10000000,,,CN",
      "",
    ].join("\n"),
  );

/** The borrower: a demo enterprise of the test template, with its USCC. */
export async function borrower(p: Platform): Promise<{ id: string; uscc: string }> {
  const r = await p.db.query<{ id: string; uscc: string }>(
    "SELECT id, uscc FROM organisations WHERE kind = 'enterprise' AND uscc IS NOT NULL ORDER BY demo_key LIMIT 1",
  );
  return r.rows[0]!;
}

/** Two versions of the borrower's 2025 carbon account: the run must take the latest (Scope 1 1 200, Scope 2 300). */
export async function carbonAccounts(p: Platform, orgId: string): Promise<string> {
  let latest = "";
  for (const [version, scope1] of [
    [1, "1000"],
    [2, "1200"],
  ] as const) {
    const r = await p.db.query<{ id: string }>(
      `INSERT INTO carbon_accounts (org_id, year, version, calculated_on, method, factor_set, inputs_hash, scope1,
          scope1_combustion, scope1_process, scope2_location, scope2_market, total_location, total_market, account,
          account_hash, created_at)
       VALUES ($1, 2025, $2, '2026-02-01', 'test', 'cn-carbon-factors@2026.1', 'h', $3::numeric, $3::numeric, 0, 300,
               250, $3::numeric + 300, $3::numeric + 250, '{}', 'h', now()) RETURNING id`,
      [orgId, version, scope1],
    );
    latest = r.rows[0]!.id;
  }
  return latest;
}

export async function grantCarbon(p: Platform, grantorOrgId: string, granteeOrgId: string): Promise<string> {
  const r = await p.db.query<{ id: string }>(
    `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at)
     VALUES ($1, $2, 'carbon', '投融资碳核算 / financed emissions', '2026-01-01', '2027-01-01') RETURNING id`,
    [grantorOrgId, granteeOrgId],
  );
  return r.rows[0]!.id;
}

/** Row counts of everything an upload writes, to show that a refused or repeated upload wrote nothing. */
export async function pcafRowCounts(p: Platform): Promise<Record<string, number>> {
  const tables = ["pcaf_books", "pcaf_book_positions", "pcaf_book_counterparties", "pcaf_runs", "jobs", "audit_log"];
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t] = Number((await p.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${t}`)).rows[0]!.n);
  return counts;
}
