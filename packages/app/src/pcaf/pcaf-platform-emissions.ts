/**
 * Counterparties that are platform enterprises with a carbon account for the book's year, and that have granted the
 * institution their "carbon" data, get their emissions from that account (PCAF data quality 2, or 1 when the
 * district recorded a verified ETS figure for the year): Scope 1 and location-based Scope 2 of the latest version.
 * Consent is decided exactly as for reading the account itself (`grantorsFor`: an active, unrevoked grant on the
 * platform's clock), and each account read is logged in the grantor's access log. Without consent only the file's
 * figures or an estimate remain: no account of a non-consenting enterprise is even read.
 */
import type { PlatformEmissions } from "@greenfin/domain";
import { grantorsFor, logGrantedReads } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";

export interface PlatformCounts {
  counterparties: number;
  onPlatform: number;
  accountsUsed: number;
  withoutConsent: number;
  withoutAccount: number;
}

export interface PlatformLookup {
  readonly emissions: PlatformEmissions[];
  /** Counterparty id → platform organisation, for counterparties that granted the institution their carbon data. */
  readonly consenting: ReadonlyMap<string, string>;
  readonly counts: PlatformCounts;
}

/** The emissions the platform supplies for the book's counterparties (ids are USCCs when they are enterprises). */
export async function platformEmissionsFor(
  p: Platform,
  institution: Actor,
  counterpartyIds: readonly string[],
  year: number,
  resourcePrefix: string,
): Promise<PlatformLookup> {
  const orgs = await p.db.query<{ id: string; uscc: string }>(
    "SELECT id, uscc FROM organisations WHERE kind = 'enterprise' AND uscc = ANY($1::text[])",
    [counterpartyIds],
  );
  const granted = new Set(await grantorsFor(p, institution, "carbon"));
  const consenting = new Map(orgs.rows.filter((o) => granted.has(o.id)).map((o) => [o.uscc, o.id]));
  const ids = [...consenting.values()];
  const accounts = await p.db.query<{
    org_id: string;
    id: string;
    version: number;
    scope1: string;
    scope2_location: string;
    scope3: string | null;
    verified_t: string | null;
  }>(
    `SELECT DISTINCT ON (a.org_id) a.org_id, a.id, a.version, a.scope1::text, a.scope2_location::text, a.scope3::text,
            e.verified_t::text
       FROM carbon_accounts a
       LEFT JOIN carbon_ets_allocations e ON e.org_id = a.org_id AND e.year = a.year
      WHERE a.year = $1 AND a.org_id = ANY($2::uuid[])
      ORDER BY a.org_id, a.version DESC`,
    [year, ids],
  );
  const byOrg = new Map(accounts.rows.map((a) => [a.org_id, a]));
  const emissions: PlatformEmissions[] = [];
  for (const [counterparty, orgId] of consenting) {
    const a = byOrg.get(orgId);
    if (!a) continue;
    const verified = a.verified_t !== null;
    emissions.push({
      counterparty,
      // A verified ETS figure is Scope 1 as the verifier confirmed it; Scope 2 is always the account's, by location.
      scope1Tco2e: verified ? (a.verified_t as string) : a.scope1,
      scope2Tco2e: a.scope2_location,
      scope3Tco2e: a.scope3,
      verified,
      accountRef: `carbon-account:${a.id}@v${a.version} (${
        verified ? `Scope 1 verified under the ETS for ${year}` : "Scope 1"
      } + Scope 2 location-based)`,
    });
  }
  await logGrantedReads(p, institution, "carbon", [...byOrg.keys()], resourcePrefix);
  return {
    emissions,
    consenting,
    counts: {
      counterparties: counterpartyIds.length,
      onPlatform: orgs.rows.length,
      accountsUsed: emissions.length,
      withoutConsent: orgs.rows.length - consenting.size,
      withoutAccount: consenting.size - emissions.length,
    },
  };
}
