import { createApiToken, listApiTokens, type Platform, revokeApiToken } from "@greenfin/app";
import { zApiToken, zCreatedToken, zCreateToken, zId } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

export function tokenRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["api tokens"];
  r.get("/api/tokens", { schema: { tags, response: { 200: z.array(zApiToken) } } }, (req) =>
    listApiTokens(p, actorOf(req)),
  );
  r.post("/api/tokens", { schema: { tags, body: zCreateToken, response: { 200: zCreatedToken } } }, (req) =>
    createApiToken(p, actorOf(req), req.body),
  );
  r.post(
    "/api/tokens/:id/revoke",
    { schema: { tags, params: z.object({ id: zId }), response: { 200: zApiToken } } },
    (req) => revokeApiToken(p, actorOf(req), req.params.id),
  );
}
