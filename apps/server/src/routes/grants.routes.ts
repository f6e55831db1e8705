import { createGrant, grantAccessLog, listGrants, type Platform, revokeGrant } from "@greenfin/app";
import { zCreateGrant, zGrant, zGrantAccess, zGrantListQuery, zId } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

export function grantRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["consent grants"];
  const params = z.object({ id: zId });
  r.get("/api/grants", { schema: { tags, querystring: zGrantListQuery, response: { 200: z.array(zGrant) } } }, (req) =>
    listGrants(p, actorOf(req), req.query.direction),
  );
  r.post("/api/grants", { schema: { tags, body: zCreateGrant, response: { 200: zGrant } } }, (req) =>
    createGrant(p, actorOf(req), req.body),
  );
  r.post("/api/grants/:id/revoke", { schema: { tags, params, response: { 200: zGrant } } }, (req) =>
    revokeGrant(p, actorOf(req), req.params.id),
  );
  r.get("/api/grants/:id/access-log", { schema: { tags, params, response: { 200: z.array(zGrantAccess) } } }, (req) =>
    grantAccessLog(p, actorOf(req), req.params.id),
  );
}
