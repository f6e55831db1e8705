import {
  decideStatReport,
  getStatReport,
  listStatReports,
  listStatTemplates,
  type Platform,
  prefillStatReport,
  type StatDecisionInput,
  type StatReportSaveInput,
  saveStatReport,
  submitStatReport,
  warmDistrictDashboard,
} from "@greenfin/app";
import {
  zStatDecisionInput,
  zStatPrefill,
  zStatPrefillQuery,
  zStatReport,
  zStatReportInput,
  zStatReportParams,
  zStatReportQuery,
  zStatReportSummary,
  zStatTemplate,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/** Bodies are documented by their schema but checked by the use-case, which lists every problem in one answer. */
function bodyCheckedByUseCase<S>(): FastifySchemaCompiler<S> {
  const zod = validatorCompiler as unknown as FastifySchemaCompiler<S>;
  return (route) => (route.httpPart === "body" ? (data: unknown) => ({ value: data }) : zod(route));
}

/** District statistics (issue 8): templates, the institutions' reports, pre-filled figures, submission and review. */
export function statisticsRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["statistics"];

  r.get("/api/statistics/templates", { schema: { tags, response: { 200: z.array(zStatTemplate) } } }, () =>
    listStatTemplates(),
  );
  r.get(
    "/api/statistics/reports",
    { schema: { tags, querystring: zStatReportQuery, response: { 200: z.array(zStatReportSummary) } } },
    (req) => listStatReports(p, actorOf(req), req.query),
  );
  r.get(
    "/api/statistics/reports/prefill",
    { schema: { tags, querystring: zStatPrefillQuery, response: { 200: zStatPrefill } } },
    (req) => prefillStatReport(p, actorOf(req), req.query),
  );
  r.put(
    "/api/statistics/reports",
    {
      schema: { tags, body: zStatReportInput, response: { 200: zStatReport } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    (req) => saveStatReport(p, actorOf(req), req.body as StatReportSaveInput),
  );
  r.get(
    "/api/statistics/reports/:reportId",
    { schema: { tags, params: zStatReportParams, response: { 200: zStatReport } } },
    (req) => getStatReport(p, actorOf(req), req.params.reportId),
  );
  r.post(
    "/api/statistics/reports/:reportId/submit",
    { schema: { tags, params: zStatReportParams, response: { 200: zStatReport } } },
    (req) => submitStatReport(p, actorOf(req), req.params.reportId),
  );
  r.post(
    "/api/statistics/reports/:reportId/decision",
    {
      schema: { tags, params: zStatReportParams, body: zStatDecisionInput, response: { 200: zStatReport } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const decided = await decideStatReport(p, actorOf(req), req.params.reportId, req.body as StatDecisionInput);
      // An acceptance changes the dashboard's figures: compute them once the decision has committed and gone out.
      if (decided.status === "accepted")
        reply.raw.once("finish", () => {
          warmDistrictDashboard(p).catch((e: unknown) => req.log.warn({ err: e }, "dashboard warm-up failed"));
        });
      return decided;
    },
  );
}
