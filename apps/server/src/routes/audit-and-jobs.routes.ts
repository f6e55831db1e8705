import { getJob, health, listAudit, type Platform, startAuditVerification } from "@greenfin/app";
import { zAuditEntry, zAuditQuery, zHealth, zId, zJob, zPage } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

export function auditAndJobRoutes(app: FastifyInstance, p: Platform, onJobQueued: () => void): void {
  const r = typed(app);
  r.get(
    "/api/audit",
    { schema: { tags: ["audit"], querystring: zAuditQuery, response: { 200: zPage(zAuditEntry) } } },
    (req) => listAudit(p, actorOf(req), req.query),
  );
  // The worker is woken once the response (and so the commit) is out, not while the job is still uncommitted.
  r.post(
    "/api/audit/verify",
    { schema: { tags: ["audit"], response: { 200: zJob } }, onResponse: async () => onJobQueued() },
    (req) => startAuditVerification(p, actorOf(req)),
  );
  r.get(
    "/api/jobs/:id",
    { schema: { tags: ["jobs"], params: z.object({ id: zId }), response: { 200: zJob } } },
    (req) => getJob(p, actorOf(req), req.params.id),
  );
  r.get(
    "/api/health",
    { config: { public: true }, schema: { tags: ["health"], response: { 200: zHealth, 503: zHealth } } },
    async (_req, reply) => {
      const h = await health(p);
      return reply.status(h.status === "ok" ? 200 : 503).send(h);
    },
  );
}
