import {
  carbonAccountYears,
  computeCarbonAccount,
  getCarbonAccount,
  listCarbonAccounts,
  type Platform,
  recordEtsAllocation,
  startCarbonAccounting,
} from "@greenfin/app";
import {
  zCarbonAccountDetail,
  zCarbonAccountListRow,
  zCarbonAccountParams,
  zCarbonAccountQuery,
  zCarbonAccountYear,
  zCarbonYearBody,
  zCarbonYearQuery,
  zComputedCarbonAccount,
  zEtsAllocationBody,
  zJob,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/** Carbon accounts: an enterprise's yearly accounts and grades, recalculation, the district's yearly run, ETS. */
export function carbonAccountRoutes(app: FastifyInstance, p: Platform, onJobQueued: () => void): void {
  const r = typed(app);
  const tags = ["carbon"];
  r.get(
    "/api/carbon/accounts",
    { schema: { tags, querystring: zCarbonYearQuery, response: { 200: z.array(zCarbonAccountListRow) } } },
    (req) => listCarbonAccounts(p, actorOf(req), req.query.year),
  );
  r.get(
    "/api/carbon/accounts/:orgId/years",
    { schema: { tags, params: zCarbonAccountParams, response: { 200: z.array(zCarbonAccountYear) } } },
    (req) => carbonAccountYears(p, actorOf(req), req.params.orgId),
  );
  r.get(
    "/api/carbon/accounts/:orgId",
    {
      schema: {
        tags,
        params: zCarbonAccountParams,
        querystring: zCarbonAccountQuery,
        response: { 200: zCarbonAccountDetail },
      },
    },
    (req) => getCarbonAccount(p, actorOf(req), req.params.orgId, req.query.year, req.query.version),
  );
  r.post(
    "/api/carbon/accounts/:orgId/calculate",
    {
      schema: { tags, params: zCarbonAccountParams, body: zCarbonYearBody, response: { 200: zComputedCarbonAccount } },
    },
    (req) => computeCarbonAccount(p, actorOf(req), req.params.orgId, req.body.year),
  );
  // The worker is woken once the response (and so the commit) is out.
  r.post(
    "/api/carbon/accounts/run",
    { schema: { tags, body: zCarbonYearBody, response: { 202: zJob } }, onResponse: async () => onJobQueued() },
    async (req, reply) => {
      reply.status(202);
      return startCarbonAccounting(p, actorOf(req), req.body.year);
    },
  );
  r.put(
    "/api/carbon/ets/:orgId",
    {
      schema: {
        tags,
        params: zCarbonAccountParams,
        body: zEtsAllocationBody,
        response: { 200: z.object({ orgId: z.string(), year: z.number() }) },
      },
    },
    (req) => recordEtsAllocation(p, actorOf(req), req.params.orgId, req.body),
  );
}
