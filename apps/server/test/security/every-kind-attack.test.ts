/**
 * The foreign-id attack from every kind of organisation: the admin of the district, a bank, an insurer, a wealth
 * manager, a fund manager, a rating agency, a verification body and another enterprise each call every route that
 * takes an id with the victim's ids (tests/support/victim-fixture.ts). Outside an explicit allow-list — each entry the
 * app's own access rule, cited — every call is refused (403/404), answered exactly as for an id that does not exist,
 * and changes nothing. Then the kind rules of routes without ids: a kind with no business on a route is refused 403.
 */
import { randomUUID } from "node:crypto";
import { addMember } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../../tests/support/demo-lookup";
import { fisheryPv } from "../../../../tests/support/green-project";
import { DEMO_PASSWORD, signedIn, type TestClient, testServer } from "../../../../tests/support/http-client";
import {
  type ApiRoute,
  apiRoutes,
  attackRoute,
  BODIES,
  PARAMS,
  QUERIES,
  takesForeignId,
} from "../../../../tests/support/route-attack";
import { openTestPlatform, type TestPlatform } from "../../../../tests/support/test-platform";
import { setUpVictim, type Victim, victimSnapshot } from "../../../../tests/support/victim-fixture";

const KINDS = ["district", "bank", "insurer", "wealth", "fund", "rating", "verifier", "enterprise"] as const;
type Kind = (typeof KINDS)[number];
const INSTITUTIONS: readonly Kind[] = ["bank", "insurer", "wealth", "fund"];

/**
 * The (kind, route) pairs that may legitimately read or act on the victim's ids, by the app's access rules. The
 * attackers are the demo organisations of each kind: the district (which reviews and regulates), rating-mingheng
 * (which ran the victim's rating run), verifier-biheng (a reviewer of green projects); the bank, insurer, wealth
 * manager, fund manager and the other enterprise are party to nothing of the victim's. Allowed reads are called
 * and must succeed (so this list cannot go stale); allowed writes are not sent, as they would legitimately change
 * the victim's data (each module's own tests cover them).
 */
const ALLOWED: Partial<Record<Kind, Record<string, string>>> = {
  district: {
    // organisations: the district reads every registered organisation.
    "GET /api/orgs/{id}": "district reads every organisation",
    // access/tenancy.ts requireOrgAdmin: the district registers and administers every organisation.
    "PATCH /api/orgs/{id}": "district administers organisations",
    "GET /api/orgs/{id}/members": "district administers organisations",
    "POST /api/orgs/{id}/members": "district administers organisations",
    "PATCH /api/orgs/{id}/members/{userId}": "district administers organisations",
    "DELETE /api/orgs/{id}/members/{userId}": "district administers organisations",
    // jobs/job-queue.ts getJob: a job is visible to the organisation that started it and to the district.
    "GET /api/jobs/{id}": "district sees every job",
    // rating/rating-access.ts seesWholeRun: the district sees every run, published or not.
    "GET /api/rating/runs/{id}": "district sees every rating run",
    "GET /api/rating/runs/{id}/results": "district sees every rating run",
    "GET /api/rating/runs/{id}/changes": "district sees every rating run",
    "GET /api/rating/results/{id}": "district sees every rating run",
    "GET /api/rating/entities/{id}": "district sees every rating run",
    // rating/rating-access.ts requireControversyRecorder: the district and rating agencies keep one register.
    "POST /api/rating/controversies/{id}/status": "district recorded the controversy",
    // carbon/compute-carbon-account.ts, activity-list.ts: an enterprise's own accounts, or the district's.
    "GET /api/carbon/activity/{enterpriseId}": "district reads every enterprise's activity",
    "GET /api/carbon/accounts/{orgId}": "district reads every carbon account",
    "GET /api/carbon/accounts/{orgId}/years": "district reads every carbon account",
    "GET /api/carbon/accounts/{orgId}/report.pdf": "district reads every carbon account",
    "POST /api/carbon/accounts/{orgId}/calculate": "district may recalculate any account",
    // carbon/ets-allocations.ts requireDistrict: the district records ETS allocations.
    "PUT /api/carbon/ets/{orgId}": "district records ETS allocations",
    // pcaf/pcaf-access.ts requireRunVisible: the district reads every completed run.
    "GET /api/pcaf/runs/{runId}": "district reads completed PCAF runs",
    "GET /api/pcaf/runs/{runId}/positions": "district reads completed PCAF runs",
    "GET /api/pcaf/runs/{runId}/positions/{positionId}": "district reads completed PCAF runs",
    "GET /api/pcaf/runs/{runId}/jrt0227.xlsx": "district reads completed PCAF runs",
    "GET /api/pcaf/runs/{runId}/positions.xlsx": "district reads completed PCAF runs",
    // green/projects/project-access.ts isReviewerOrg: the district sees and decides every submitted project.
    "GET /api/green/projects/{projectId}": "district reviews green projects",
    "POST /api/green/projects/{projectId}/decision": "district reviews green projects",
    "GET /api/green/projects/{projectId}/documents/{documentId}": "district reviews green projects",
    // market/needs/need-access.ts: the district reads the whole marketplace.
    "GET /api/market/needs/{needId}": "district reads the marketplace",
    "GET /api/market/needs/{needId}/matches": "district reads the marketplace",
    "GET /api/market/claims/{claimId}/linked-assessment": "district reads the marketplace",
    // market/subsidies/subsidy-access.ts requireSubsidyManager: the programme is the district's own.
    "POST /api/subsidies/programmes/{programmeId}/open": "district runs subsidy programmes",
    "POST /api/subsidies/programmes/{programmeId}/close": "district runs subsidy programmes",
    "GET /api/subsidies/programmes/{programmeId}/usage": "district runs subsidy programmes",
    "GET /api/subsidies/applications/{applicationId}": "district decides subsidy applications",
    "POST /api/subsidies/applications/{applicationId}/decision": "district decides subsidy applications",
    "POST /api/subsidies/applications/{applicationId}/paid": "district pays subsidies",
    // statistics/stat-access.ts: the district reads every institution's report and decides submitted ones.
    "GET /api/statistics/reports/{reportId}": "district reads every statistics report",
    "POST /api/statistics/reports/{reportId}/decision": "district decides statistics reports",
    // The district's targets are its own data (statistics-targets: requireDistrict).
    "PUT /api/statistics/targets/{key}": "the district's own target",
    "DELETE /api/statistics/targets/{key}": "the district's own target",
    "POST /api/statistics/targets/{key}/observations": "the district's own target",
    "DELETE /api/statistics/targets/{key}/observations/{year}": "the district's own target",
  },
  rating: {
    // rating/rating-access.ts seesWholeRun / requireOwnRun: rating-mingheng ran the victim's run.
    "GET /api/rating/runs/{id}": "the agency's own run",
    "GET /api/rating/runs/{id}/results": "the agency's own run",
    "GET /api/rating/runs/{id}/changes": "the agency's own run",
    "GET /api/rating/results/{id}": "the agency's own run",
    "POST /api/rating/runs/{id}/publish": "the agency's own run",
    "POST /api/rating/results/{id}/override": "the agency's own run",
    "POST /api/rating/overrides/{id}/decide": "an override on the agency's own run",
    // requireControversyRecorder: rating agencies share the district's controversy register.
    "POST /api/rating/controversies/{id}/status": "the shared controversy register",
  },
  verifier: {
    // green/projects/project-access.ts isReviewerOrg: a verification body reviews submitted projects.
    "GET /api/green/projects/{projectId}": "verifier reviews green projects",
    "POST /api/green/projects/{projectId}/decision": "verifier reviews green projects",
    "GET /api/green/projects/{projectId}/documents/{documentId}": "verifier reviews green projects",
  },
};

/**
 * Refused calls on resources the kind legitimately sees, so a 403 (rather than the 404 of a missing id) tells it
 * nothing it does not already know: reviewers see a project but only its parties change it, and so on.
 */
const PROGRAMME_READERS = {
  // market/subsidies/subsidy-access.ts: institutions and enterprises read open programmes; only the district runs them.
  "POST /api/subsidies/programmes/{programmeId}/open": "reads open programmes",
  "POST /api/subsidies/programmes/{programmeId}/close": "reads open programmes",
  "GET /api/subsidies/programmes/{programmeId}/usage": "reads open programmes",
};
const PROJECT_REVIEWER = {
  // green/projects/project-access.ts: reviewers see every project; requirePartyWriter keeps changes to its parties.
  "PUT /api/green/projects/{projectId}": "reviews the project",
  "POST /api/green/projects/{projectId}/withdraw": "reviews the project",
  "POST /api/green/projects/{projectId}/documents": "reviews the project",
  "POST /api/green/projects/{projectId}/benefit-reports": "reviews the project",
};
const SEES: Partial<Record<Kind, Record<string, string>>> = {
  district: {
    ...PROJECT_REVIEWER,
    // market/pledges/pledge-access.ts: the district reads the whole registry; only the pledgee releases.
    "POST /api/carbon-assets/pledges/{pledgeId}/release": "reads the pledge registry",
  },
  verifier: PROJECT_REVIEWER,
  bank: PROGRAMME_READERS,
  insurer: PROGRAMME_READERS,
  wealth: PROGRAMME_READERS,
  fund: PROGRAMME_READERS,
  enterprise: PROGRAMME_READERS,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let p: TestPlatform;
let app: FastifyInstance;
let victim: Victim;
let routes: ApiRoute[];
const attackers = {} as Record<Kind, TestClient>;

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  victim = await setUpVictim(p);
  routes = await apiRoutes(app);
  // The demo enterprise is the victim; another enterprise gets an admin to attack with.
  const other = await orgByKey(p, "ent-0002");
  await addMember(p, await actorFor(p, "district-qinwan", "admin"), other.id, {
    email: "admin@ent-0002.test",
    displayName: "Other enterprise",
    role: "admin",
    password: DEMO_PASSWORD,
  });
  for (const kind of KINDS)
    attackers[kind] = await signedIn(app, kind === "enterprise" ? "admin@ent-0002.test" : `admin@${kind}.demo`);
});
afterAll(async () => {
  await app.close();
  await p.close();
});

/** The same route with a fresh id in every parameter that holds one of the victim's ids (others kept). */
function missingUrl(path: string): string | null {
  const params = PARAMS[path] ?? {};
  let replaced = false;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]?.(victim) ?? "";
    if (!UUID.test(value)) return value;
    replaced = true;
    return randomUUID();
  });
  return replaced ? url + (QUERIES[path] ?? "") : null;
}

describe("the foreign-id attack from every kind of organisation", () => {
  it.each(KINDS)("refuses %s every route on the victim's ids but its allow-list, and changes nothing", async (kind) => {
    const attacker = attackers[kind];
    const allowed = ALLOWED[kind] ?? {};
    const before = await victimSnapshot(p, victim);
    // Every failure of the kind is collected, so one run shows them all.
    const failures: string[] = [];
    let refused = 0;
    for (const r of routes.filter(takesForeignId)) {
      const key = `${r.method} ${r.path}`;
      if (key in allowed) {
        if (r.method !== "GET") continue;
        const res = await attackRoute(attacker, r, victim);
        // Allowed: past the access checks (a state conflict such as 409 is still an answer about the resource).
        if ([401, 403, 404].includes(res.statusCode) || res.statusCode >= 500)
          failures.push(`${key} is allowed (${allowed[key]}) but answered ${res.body}`);
        continue;
      }
      const res = await attackRoute(attacker, r, victim);
      if (![403, 404].includes(res.statusCode)) {
        failures.push(`${key} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
        continue;
      }
      if (res.body.includes(victim.nameZh)) failures.push(`${key} named the victim: ${res.body}`);
      const missing = key in (SEES[kind] ?? {}) ? null : missingUrl(r.path);
      if (missing) {
        const body = BODIES[key];
        const ghost = await attacker.request({
          method: r.method as "GET",
          url: missing,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        if (ghost.statusCode !== res.statusCode || ghost.body !== res.body)
          failures.push(`${key} answers a foreign id ${res.body} but a missing one ${ghost.body}`);
      }
      refused++;
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(0);
    expect(await victimSnapshot(p, victim)).toBe(before);
  });

  it("keeps the allow-lists to routes that exist", () => {
    const keys = new Set(routes.map((r) => `${r.method} ${r.path}`));
    for (const list of [...Object.values(ALLOWED), ...Object.values(SEES)])
      for (const key of Object.keys(list)) expect(keys).toContain(key);
  });
});

/** A route without ids, a valid request to it, and the kinds the app lets use it. */
interface KindRule {
  readonly route: string;
  readonly body?: unknown;
  readonly kinds: readonly Kind[];
  /** The access rule, for the reader. */
  readonly rule: string;
}

const MARKET_READERS: readonly Kind[] = ["district", "enterprise", ...INSTITUTIONS];
const KIND_RULES: readonly KindRule[] = [
  { route: "GET /api/district/overview", kinds: ["district"], rule: "requireDistrict" },
  { route: "GET /api/district/disclosure-overview", kinds: ["district"], rule: "requireDistrict" },
  { route: "GET /api/statistics/dashboard", kinds: ["district"], rule: "requireDistrict" },
  { route: "GET /api/statistics/dashboard/modules", kinds: ["district"], rule: "requireDistrict" },
  { route: "GET /api/market/compliance", kinds: ["district"], rule: "service levels: requireDistrict" },
  { route: "GET /api/carbon-assets/holdings", kinds: MARKET_READERS, rule: "pledge-access requireRegistryReader" },
  { route: "GET /api/carbon-assets/pledges", kinds: MARKET_READERS, rule: "pledge-access requireRegistryReader" },
  { route: "GET /api/carbon-assets/margin-calls", kinds: INSTITUTIONS, rule: "pledge-access requirePledgee" },
  { route: "GET /api/green/corrections", kinds: ["district", "verifier"], rule: "requireCorrectionsReader" },
  { route: "GET /api/green/financings", kinds: MARKET_READERS, rule: "financing-access requireFinancingReader" },
  {
    route: "GET /api/green/financings/export.xlsx",
    kinds: MARKET_READERS,
    rule: "financing-access requireFinancingReader",
  },
  { route: "GET /api/market/needs", kinds: MARKET_READERS, rule: "need-access requireMarketReader" },
  { route: "GET /api/market/products", kinds: MARKET_READERS, rule: "need-access requireMarketReader" },
  { route: "GET /api/market/claims/timers", kinds: MARKET_READERS, rule: "need-access requireMarketReader" },
  { route: "GET /api/market/overview", kinds: ["district", ...INSTITUTIONS], rule: "market-overview.ts" },
  { route: "GET /api/market/reminders", kinds: ["district", ...INSTITUTIONS], rule: "list-reminders.ts" },
  { route: "GET /api/pcaf/books", kinds: INSTITUTIONS, rule: "pcaf-access requireInstitution" },
  { route: "GET /api/statistics/mine", kinds: INSTITUTIONS, rule: "stat-access requireReporter" },
  { route: "GET /api/statistics/reports", kinds: ["district", ...INSTITUTIONS], rule: "stat-access requireStatReader" },
  { route: "GET /api/subsidies/programmes", kinds: MARKET_READERS, rule: "subsidy-access requireSubsidyReader" },
  { route: "GET /api/subsidies/applications", kinds: MARKET_READERS, rule: "subsidy-access requireSubsidyReader" },
  {
    route: "POST /api/market/products",
    body: {
      productKey: "attacker-loan",
      family: "green_credit",
      nameZh: "冒名贷",
      nameEn: "Impostor loan",
      eligibility: { amount: { min: 1_000_000, max: 20_000_000 } },
    },
    kinds: INSTITUTIONS,
    rule: "need-access requireInstitution: institutions publish products",
  },
  {
    route: "POST /api/market/needs",
    body: { amount: "5000000", tenorMonths: 36, purpose: "technical-retrofit", collateral: [] },
    kinds: ["enterprise"],
    rule: "need-access requireEnterprise: enterprises post needs",
  },
  {
    route: "POST /api/green/projects",
    body: fisheryPv({ name: "冒名项目" }),
    kinds: ["enterprise", "verifier", ...INSTITUTIONS],
    rule: "project-access requireSubmitter",
  },
  {
    route: "POST /api/green/financings",
    body: {
      instrument: "loan",
      reference: "ATTACK-0001",
      borrowerName: "冒名企业",
      amount: "5000000",
      startDate: "2025-03-01",
      maturityDate: "2028-03-01",
      categoryCode: "4.2.1",
      useOfProceeds: "海上风电项目建设",
    },
    kinds: INSTITUTIONS,
    rule: "financing-access requireFinancingWriter",
  },
  {
    route: "POST /api/subsidies/programmes",
    body: {
      nameZh: "冒名贴息",
      nameEn: "Impostor subsidy",
      kind: "rate_points",
      rate: "1",
      categoryPrefixes: ["4.2"],
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
      budget: "1000000",
    },
    kinds: ["district"],
    rule: "subsidy-access requireSubsidyManager",
  },
  {
    route: "POST /api/carbon-assets/holdings",
    body: {
      kind: "cea_allowance",
      quantity: "10000",
      complianceYear: 2025,
      registryRef: "CEA-REG-ATTACK-0001",
      source: "registry_statement",
    },
    kinds: ["enterprise", "district"],
    rule: "pledge-access requireHoldingWriter",
  },
  {
    route: "POST /api/rating/runs",
    body: { methodology: "enterprise-esg@2026.1", periodYear: 2024 },
    kinds: ["rating"],
    rule: "rating-access requireRatingAgency",
  },
  {
    route: "PUT /api/statistics/reports",
    body: {
      templateRef: "five-articles-quarterly@2026.1",
      period: "2026-Q1",
      values: [{ metric: "green_bond_held", value: "1" }],
    },
    kinds: INSTITUTIONS,
    rule: "stat-access requireReporter",
  },
  {
    route: "POST /api/portfolio/invitations",
    body: { companyUscc: "91370211216574476B", fundName: "冒名基金", ownershipPct: "10", investedCny: "1000000" },
    kinds: ["fund"],
    rule: "disclosure/portfolio.ts requireManager: fund managers invite portfolio companies",
  },
];

describe("kind rules of routes without ids", () => {
  it("refuses each route to every kind the app gives no business on it, with 403 and nothing changed", async () => {
    const before = await victimSnapshot(p, victim);
    const keys = new Set(routes.map((r) => `${r.method} ${r.path}`));
    for (const { route, body, kinds, rule } of KIND_RULES) {
      expect(keys, route).toContain(route);
      const [method, url] = route.split(" ") as [string, string];
      for (const kind of KINDS) {
        const may = kinds.includes(kind);
        // Writes are only sent by those who must be refused: an allowed one would create data.
        if (may && method !== "GET") continue;
        const res = await attackers[kind].request({
          method: method as "GET",
          url,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        if (may) expect(res.statusCode, `${kind} ${route} (${rule}): ${res.body.slice(0, 200)}`).toBe(200);
        else {
          expect(res.statusCode, `${kind} ${route} (${rule}): ${res.body.slice(0, 200)}`).toBe(403);
          expect(res.json().code).toBe("FORBIDDEN");
        }
      }
    }
    expect(await victimSnapshot(p, victim)).toBe(before);
  });
});
