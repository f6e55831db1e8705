/**
 * Calling every API route with a victim's ids: the route list (from the OpenAPI document), which victim id goes into
 * each path parameter, and a query and body per route that pass validation, so that only authorisation can refuse.
 * A new route with a path parameter must be added to PARAMS (the attacks fail until it is).
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { fisheryPv } from "./green-project";
import type { TestClient } from "./http-client";
import { GREEN_SHARE_TARGET, type Victim } from "./victim-fixture";

export interface ApiRoute {
  readonly method: string;
  readonly path: string;
}

/** Which of the victim's ids goes into each path parameter, per route. A new route must be added here. */
export const PARAMS: Record<string, Record<string, (v: Victim) => string>> = {
  "/api/orgs/{id}": { id: (v) => v.orgId },
  "/api/orgs/{id}/members": { id: (v) => v.orgId },
  "/api/orgs/{id}/members/{userId}": { id: (v) => v.orgId, userId: (v) => v.userId },
  "/api/tokens/{id}/revoke": { id: (v) => v.tokenId },
  "/api/grants/{id}/revoke": { id: (v) => v.grantId },
  "/api/grants/{id}/access-log": { id: (v) => v.grantId },
  "/api/jobs/{id}": { id: (v) => v.jobId },
  "/api/disclosures/{id}": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/template": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/workbook": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/values": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/imports": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/submit": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/review": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/decision": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/publish": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/compare": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/report": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/export": { id: (v) => v.disclosureId },
  "/api/disclosures/{id}/evidence": { id: (v) => v.disclosureId },
  "/api/evidence/{id}/content": { id: (v) => v.evidenceId },
  "/api/evidence/{id}": { id: (v) => v.evidenceId },
  "/api/portfolio/{id}/respond": { id: (v) => v.linkId },
  "/api/rating/runs/{id}": { id: (v) => v.runId },
  "/api/rating/runs/{id}/results": { id: (v) => v.runId },
  "/api/rating/runs/{id}/changes": { id: (v) => v.runId },
  "/api/rating/runs/{id}/publish": { id: (v) => v.runId },
  "/api/rating/results/{id}": { id: (v) => v.resultId },
  "/api/rating/results/{id}/override": { id: (v) => v.resultId },
  "/api/rating/overrides/{id}/decide": { id: (v) => v.overrideId },
  "/api/rating/entities/{id}": { id: (v) => v.orgId },
  "/api/rating/controversies/{id}/status": { id: (v) => v.controversyId },
  "/api/rating/methodologies/{ref}": { ref: () => "enterprise-esg@2026.1" },
  "/api/carbon/activity/{enterpriseId}": { enterpriseId: (v) => v.orgId },
  "/api/carbon/accounts/{orgId}": { orgId: (v) => v.orgId },
  "/api/carbon/accounts/{orgId}/years": { orgId: (v) => v.orgId },
  "/api/carbon/accounts/{orgId}/calculate": { orgId: (v) => v.orgId },
  "/api/carbon/ets/{orgId}": { orgId: (v) => v.orgId },
  "/api/carbon/accounts/{orgId}/report.pdf": { orgId: (v) => v.orgId },
  "/api/pcaf/books/{bookId}/runs": { bookId: (v) => v.pcafBookId },
  "/api/pcaf/runs/{runId}": { runId: (v) => v.pcafRunId },
  "/api/pcaf/runs/{runId}/positions": { runId: (v) => v.pcafRunId },
  "/api/pcaf/runs/{runId}/positions/{positionId}": { runId: (v) => v.pcafRunId, positionId: () => "L1" },
  "/api/pcaf/runs/{runId}/jrt0227.xlsx": { runId: (v) => v.pcafRunId },
  "/api/pcaf/runs/{runId}/positions.xlsx": { runId: (v) => v.pcafRunId },
  "/api/green/projects/{projectId}": { projectId: (v) => v.greenProjectId },
  "/api/green/projects/{projectId}/decision": { projectId: (v) => v.greenProjectId },
  "/api/green/projects/{projectId}/withdraw": { projectId: (v) => v.greenProjectId },
  "/api/green/projects/{projectId}/documents": { projectId: (v) => v.greenProjectId },
  "/api/green/projects/{projectId}/documents/{documentId}": {
    projectId: (v) => v.greenProjectId,
    documentId: (v) => v.greenDocumentId,
  },
  "/api/green/projects/{projectId}/benefit-reports": { projectId: (v) => v.greenProjectId },
  "/api/green/financings/{financingId}/label": { financingId: (v) => v.greenFinancingId },
  "/api/market/needs/{needId}": { needId: (v) => v.needId },
  "/api/market/needs/{needId}/matches": { needId: (v) => v.needId },
  "/api/market/needs/{needId}/claims": { needId: (v) => v.needId },
  "/api/market/needs/{needId}/withdraw": { needId: (v) => v.needId },
  "/api/market/claims/{claimId}/fund": { claimId: (v) => v.claimId },
  "/api/market/claims/{claimId}/linked-assessment": { claimId: (v) => v.claimId },
  "/api/market/claims/{claimId}/steps": { claimId: (v) => v.claimId },
  "/api/market/claims/{claimId}/choose": { claimId: (v) => v.claimId },
  "/api/carbon-assets/pledges/{pledgeId}/release": { pledgeId: (v) => v.pledgeId },
  "/api/subsidies/programmes/{programmeId}/open": { programmeId: (v) => v.programmeId },
  "/api/subsidies/programmes/{programmeId}/close": { programmeId: (v) => v.programmeId },
  "/api/subsidies/programmes/{programmeId}/usage": { programmeId: (v) => v.programmeId },
  "/api/subsidies/applications/{applicationId}": { applicationId: (v) => v.subsidyApplicationId },
  "/api/subsidies/applications/{applicationId}/decision": { applicationId: (v) => v.subsidyApplicationId },
  "/api/subsidies/applications/{applicationId}/paid": { applicationId: (v) => v.subsidyApplicationId },
  "/api/statistics/reports/{reportId}": { reportId: (v) => v.statReportId },
  "/api/statistics/reports/{reportId}/submit": { reportId: (v) => v.statReportId },
  "/api/statistics/reports/{reportId}/decision": { reportId: (v) => v.statReportId },
  "/api/statistics/dashboard/institutions/{orgId}": { orgId: (v) => v.orgId },
  // The district's targets: a bank may read them but never change one.
  "/api/statistics/targets/{key}": { key: () => "green-industry-share-2027" },
  "/api/statistics/targets/{key}/observations": { key: () => "green-industry-share-2027" },
  "/api/statistics/targets/{key}/observations/{year}": { key: () => "green-industry-share-2027", year: () => "2025" },
};

/** Routes with a path parameter that name shared reference data (a methodology), not any organisation's. */
export const REFERENCE_DATA = new Set(["/api/rating/methodologies/{ref}", "/api/public/methodologies/{ref}"]);

/** What the district publishes for anyone: its aggregate figures and the released methodologies. */
export const PUBLIC_ROUTES = ["/api/public/zone", "/api/public/methodologies/{ref}"];

/** Query strings that pass validation, so that only authorisation can refuse the call. */
export const QUERIES: Record<string, string> = {
  "/api/disclosures/{id}/imports": "?format=csv",
  "/api/disclosures/{id}/compare": "?left=1&right=draft",
  "/api/disclosures/{id}/report": "?framework=SSE2024&format=html",
  "/api/disclosures/{id}/export": "?format=json",
  "/api/disclosures/{id}/evidence": "?indicatorId=E-GHG-001&fileName=x.pdf",
  "/api/carbon/activity/{enterpriseId}": "?year=2025",
  "/api/carbon/accounts/{orgId}": "?year=2025",
  "/api/carbon/accounts/{orgId}/report.pdf": "?year=2025",
};

/** A body that passes validation, so that only authorisation can refuse the call. */
export const BODIES: Record<string, unknown> = {
  "PATCH /api/orgs/{id}": { nameZh: "被篡改的名称" },
  "POST /api/orgs/{id}/members": {
    email: "mole@attacker.test",
    displayName: "Mole",
    role: "admin",
    password: "Mole-pass-2026!",
  },
  "PATCH /api/orgs/{id}/members/{userId}": { role: "viewer" },
  "POST /api/disclosures/{id}/values": { values: [{ indicatorId: "E-GHG-001", value: 1 }] },
  "POST /api/disclosures/{id}/decision": { outcome: "accepted" },
  "POST /api/portfolio/{id}/respond": { accept: false },
  "POST /api/rating/results/{id}/override": {
    toGrade: "AAA",
    rationale: "An attacker's rationale, long enough to pass.",
  },
  "POST /api/rating/overrides/{id}/decide": { decision: "approve" },
  "POST /api/rating/controversies/{id}/status": { status: "dismissed" },
  "POST /api/carbon/accounts/{orgId}/calculate": { year: 2025 },
  "PUT /api/carbon/ets/{orgId}": { year: 2025, allocatedT: "1", source: "attacker" },
  "PUT /api/green/projects/{projectId}": fisheryPv({ name: "被篡改的项目" }),
  "POST /api/green/projects/{projectId}/decision": { action: "reject", note: "An attacker's note" },
  "POST /api/green/projects/{projectId}/withdraw": { note: "attacker" },
  "POST /api/green/projects/{projectId}/benefit-reports": {
    year: 2025,
    lines: [{ method: "renewable_generation", inputs: { generation_mwh: "1" } }],
  },
  "POST /api/green/financings/{financingId}/label": {
    categoryCode: "4.2.1",
    useOfProceeds: "An attacker's relabel",
    reason: "attacker",
  },
  "POST /api/market/needs/{needId}/claims": {},
  "POST /api/market/claims/{claimId}/steps": { step: "respond", note: "attacker" },
  "POST /api/market/claims/{claimId}/fund": { amount: "1", loanReference: "attacker" },
  "POST /api/market/needs/{needId}/withdraw": { reason: "attacker" },
  "POST /api/carbon-assets/pledges/{pledgeId}/release": { note: "attacker" },
  "POST /api/subsidies/applications/{applicationId}/decision": { decision: "reject", note: "attacker" },
  "POST /api/subsidies/applications/{applicationId}/paid": { paymentReference: "attacker" },
  "POST /api/statistics/reports/{reportId}/decision": { outcome: "accept" },
  "PUT /api/statistics/targets/{key}": { ...GREEN_SHARE_TARGET, targetValue: "1" },
  "POST /api/statistics/targets/{key}/observations": { year: 2026, value: "99", source: "attacker" },
};

/** Every route of the API, as the OpenAPI document lists them. */
export async function apiRoutes(app: FastifyInstance): Promise<ApiRoute[]> {
  const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** Routes whose path names an organisation's data (not shared reference data). */
export const takesForeignId = (r: ApiRoute) => r.path.includes("{") && !REFERENCE_DATA.has(r.path);

/** The route's URL with the victim's ids in its path parameters, and its valid query string. */
export function victimUrl(path: string, victim: Victim): string {
  const params = PARAMS[path];
  if (!params) throw new Error(`route ${path} has parameters but no victim id mapping in PARAMS`);
  return (
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const f = params[name];
      if (!f) throw new Error(`no victim id for {${name}} in ${path}`);
      return f(victim);
    }) + (QUERIES[path] ?? "")
  );
}

/** Calls the route as `client` with the victim's ids and the route's valid body. */
export function attackRoute(client: TestClient, r: ApiRoute, victim: Victim): Promise<LightMyRequestResponse> {
  const body = BODIES[`${r.method} ${r.path}`];
  return client.request({
    method: r.method as "GET",
    url: r.path.includes("{") ? victimUrl(r.path, victim) : r.path,
    ...(body === undefined ? {} : { payload: body as object }),
  });
}
