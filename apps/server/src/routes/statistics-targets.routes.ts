import {
  dashboardModules,
  deleteTarget,
  deleteTargetObservation,
  listTargetsWithProgress,
  type Platform,
  saveTarget,
  saveTargetObservation,
  statisticsBriefingPdf,
} from "@greenfin/app";
import {
  zBriefingQuery,
  zOk,
  zStatModules,
  zTargetInput,
  zTargetList,
  zTargetObservationInput,
  zTargetObservationParams,
  zTargetParams,
  zTargetWithProgress,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile } from "./binary-reply";
import { typed } from "./route-kit";

/** Bodies and keys are documented by their schema but checked by the use-case, which lists every problem at once. */
function checkedByUseCase<S>(): FastifySchemaCompiler<S> {
  const zod = validatorCompiler as unknown as FastifySchemaCompiler<S>;
  return (route) =>
    route.httpPart === "body" || route.httpPart === "params" ? (data: unknown) => ({ value: data }) : zod(route);
}

/**
 * District targets with progress (all signed-in organisations read; the district writes), the dashboard's
 * cross-module panels and the committee briefing PDF (district).
 */
export function statisticsTargetsRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["statistics"];
  const params = z.object({ key: z.string() });

  r.get("/api/statistics/targets", { schema: { tags, response: { 200: zTargetList } } }, (req) =>
    listTargetsWithProgress(p, actorOf(req)),
  );
  r.put(
    "/api/statistics/targets/:key",
    {
      schema: { tags, params: zTargetParams, body: zTargetInput, response: { 200: zTargetWithProgress } },
      validatorCompiler: checkedByUseCase(),
    },
    (req) => saveTarget(p, actorOf(req), (req.params as z.infer<typeof params>).key, req.body),
  );
  r.delete("/api/statistics/targets/:key", { schema: { tags, params, response: { 200: zOk } } }, (req) =>
    deleteTarget(p, actorOf(req), req.params.key),
  );
  r.post(
    "/api/statistics/targets/:key/observations",
    {
      schema: { tags, params, body: zTargetObservationInput, response: { 200: zTargetWithProgress } },
      validatorCompiler: checkedByUseCase(),
    },
    (req) => saveTargetObservation(p, actorOf(req), (req.params as z.infer<typeof params>).key, req.body),
  );
  r.delete(
    "/api/statistics/targets/:key/observations/:year",
    { schema: { tags, params: zTargetObservationParams, response: { 200: zTargetWithProgress } } },
    (req) => deleteTargetObservation(p, actorOf(req), req.params.key, req.params.year),
  );
  r.get("/api/statistics/dashboard/modules", { schema: { tags, response: { 200: zStatModules } } }, (req) =>
    dashboardModules(p, actorOf(req)),
  );
  r.get("/api/statistics/briefing.pdf", { schema: { tags, querystring: zBriefingQuery } }, async (req, reply) => {
    const file = await statisticsBriefingPdf(p, actorOf(req), req.query.period);
    return sendFile(reply, file.bytes, "application/pdf", file.fileName);
  });
}
