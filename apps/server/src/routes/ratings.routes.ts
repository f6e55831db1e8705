import {
  decideOverride,
  entityRatings,
  getRatingResult,
  getRatingRun,
  listControversies,
  listMethodologies,
  listOverrides,
  listRatingResults,
  listRatingRuns,
  methodologyPage,
  type Platform,
  proposeOverride,
  publishRatingRun,
  ratingChanges,
  ratingDistribution,
  recordControversy,
  startRating,
  updateControversyStatus,
} from "@greenfin/app";
import {
  zControversy,
  zDecideOverride,
  zEntityRatings,
  zId,
  zMethodologyRef,
  zOverrideStatus,
  zPage,
  zProposeOverride,
  zRatingChanges,
  zRatingDistribution,
  zRatingMethodologyPage,
  zRatingMethodologySummary,
  zRatingOverride,
  zRatingResultDetail,
  zRatingResultQuery,
  zRatingResultRow,
  zRatingRun,
  zRecordControversy,
  zStartedRatingRun,
  zStartRatingRun,
  zUpdateControversyStatus,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

const byId = z.object({ id: zId });

/** ESG ratings: methodologies, runs and their results, overrides under four-eyes review, controversies. */
export function ratingRoutes(app: FastifyInstance, p: Platform, onJobQueued: () => void): void {
  const r = typed(app);
  const tags = ["rating"];
  r.get("/api/rating/methodologies", { schema: { tags, response: { 200: z.array(zRatingMethodologySummary) } } }, () =>
    listMethodologies(),
  );
  r.get(
    "/api/rating/methodologies/:ref",
    { schema: { tags, params: z.object({ ref: zMethodologyRef }), response: { 200: zRatingMethodologyPage } } },
    (req) => methodologyPage(req.params.ref),
  );
  r.get("/api/rating/runs", { schema: { tags, response: { 200: z.array(zRatingRun) } } }, (req) =>
    listRatingRuns(p, actorOf(req)),
  );
  r.post(
    "/api/rating/runs",
    // The worker is woken once the response (and so the commit) is out, not while the job is still uncommitted.
    {
      schema: { tags, body: zStartRatingRun, response: { 202: zStartedRatingRun } },
      onResponse: async () => onJobQueued(),
    },
    async (req, reply) => {
      reply.status(202);
      return startRating(p, actorOf(req), req.body);
    },
  );
  r.get("/api/rating/runs/:id", { schema: { tags, params: byId, response: { 200: zRatingRun } } }, (req) =>
    getRatingRun(p, actorOf(req), req.params.id),
  );
  r.get(
    "/api/rating/runs/:id/results",
    { schema: { tags, params: byId, querystring: zRatingResultQuery, response: { 200: zPage(zRatingResultRow) } } },
    (req) => listRatingResults(p, actorOf(req), req.params.id, req.query),
  );
  r.get("/api/rating/runs/:id/changes", { schema: { tags, params: byId, response: { 200: zRatingChanges } } }, (req) =>
    ratingChanges(p, actorOf(req), req.params.id),
  );
  r.post("/api/rating/runs/:id/publish", { schema: { tags, params: byId, response: { 200: zRatingRun } } }, (req) =>
    publishRatingRun(p, actorOf(req), req.params.id),
  );
  r.get("/api/rating/results/:id", { schema: { tags, params: byId, response: { 200: zRatingResultDetail } } }, (req) =>
    getRatingResult(p, actorOf(req), req.params.id),
  );
  r.post(
    "/api/rating/results/:id/override",
    { schema: { tags, params: byId, body: zProposeOverride, response: { 200: zRatingOverride } } },
    (req) => proposeOverride(p, actorOf(req), req.params.id, req.body),
  );
  r.get(
    "/api/rating/overrides",
    {
      schema: {
        tags,
        querystring: z.object({ status: zOverrideStatus.optional() }),
        response: { 200: z.array(zRatingOverride) },
      },
    },
    (req) => listOverrides(p, actorOf(req), { status: req.query.status }),
  );
  r.post(
    "/api/rating/overrides/:id/decide",
    { schema: { tags, params: byId, body: zDecideOverride, response: { 200: zRatingOverride } } },
    (req) => decideOverride(p, actorOf(req), req.params.id, req.body),
  );
  r.get("/api/rating/entities/:id", { schema: { tags, params: byId, response: { 200: zEntityRatings } } }, (req) =>
    entityRatings(p, actorOf(req), req.params.id),
  );
  r.get(
    "/api/rating/controversies",
    {
      schema: { tags, querystring: z.object({ entityId: zId.optional() }), response: { 200: z.array(zControversy) } },
    },
    (req) => listControversies(p, actorOf(req), req.query.entityId),
  );
  r.post(
    "/api/rating/controversies",
    { schema: { tags, body: zRecordControversy, response: { 200: zControversy } } },
    (req) => recordControversy(p, actorOf(req), req.body),
  );
  r.post(
    "/api/rating/controversies/:id/status",
    { schema: { tags, params: byId, body: zUpdateControversyStatus, response: { 200: zControversy } } },
    (req) => updateControversyStatus(p, actorOf(req), req.params.id, req.body),
  );
  r.get(
    "/api/district/rating-distribution",
    {
      schema: {
        tags,
        querystring: z.object({ methodology: zMethodologyRef, runId: zId.optional() }),
        response: { 200: zRatingDistribution },
      },
    },
    (req) => ratingDistribution(p, actorOf(req), req.query),
  );
}
