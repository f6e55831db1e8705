import {
  drillStatDashboard,
  getStatDashboard,
  myStatistics,
  type Platform,
  publicMethodologyPage,
  publicZone,
  statInstitutionView,
  statRankings,
} from "@greenfin/app";
import {
  zMethodologyRef,
  zPublicZone,
  zRatingMethodologyPage,
  zStatDashboard,
  zStatDashboardQuery,
  zStatDrill,
  zStatDrillQuery,
  zStatInstitution,
  zStatInstitutionParams,
  zStatInstitutionQuery,
  zStatMine,
  zStatMineQuery,
  zStatRanking,
  zStatRankingQuery,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/**
 * The district statistics dashboard (issue 8 items 4–6): headline and trends, drill-downs, rankings and one
 * institution's figures (district); an institution's own figures against the district and its peers; and the public
 * page, served without a session and outside tenant transactions (district aggregates only).
 */
export function statisticsDashboardRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["statistics"];

  r.get(
    "/api/statistics/dashboard",
    { schema: { tags, querystring: zStatDashboardQuery, response: { 200: zStatDashboard } } },
    (req) => getStatDashboard(p, actorOf(req), req.query),
  );
  r.get(
    "/api/statistics/dashboard/drill",
    { schema: { tags, querystring: zStatDrillQuery, response: { 200: zStatDrill } } },
    (req) => drillStatDashboard(p, actorOf(req), req.query),
  );
  r.get(
    "/api/statistics/dashboard/rankings",
    { schema: { tags, querystring: zStatRankingQuery, response: { 200: zStatRanking } } },
    (req) => statRankings(p, actorOf(req), req.query),
  );
  r.get(
    "/api/statistics/dashboard/institutions/:orgId",
    {
      schema: {
        tags,
        params: zStatInstitutionParams,
        querystring: zStatInstitutionQuery,
        response: { 200: zStatInstitution },
      },
    },
    (req) => statInstitutionView(p, actorOf(req), req.params.orgId, req.query),
  );
  r.get(
    "/api/statistics/mine",
    { schema: { tags, querystring: zStatMineQuery, response: { 200: zStatMine } } },
    (req) => myStatistics(p, actorOf(req), req.query),
  );
  r.get(
    "/api/public/methodologies/:ref",
    {
      config: { public: true },
      schema: {
        tags: ["public"],
        params: z.object({ ref: zMethodologyRef }),
        response: { 200: zRatingMethodologyPage },
      },
    },
    (req) => publicMethodologyPage(req.params.ref),
  );
  r.get(
    "/api/public/zone",
    { config: { public: true }, schema: { tags: ["public"], response: { 200: zPublicZone } } },
    () => publicZone(p),
  );
}
