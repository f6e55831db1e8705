import { addMember, changeMemberRole, listMembers, type Platform, removeMember } from "@greenfin/app";
import { zAddMember, zChangeRole, zId, zMember, zOk } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

export function memberRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["members"];
  const org = z.object({ id: zId });
  const member = z.object({ id: zId, userId: zId });
  r.get("/api/orgs/:id/members", { schema: { tags, params: org, response: { 200: z.array(zMember) } } }, (req) =>
    listMembers(p, actorOf(req), req.params.id),
  );
  r.post(
    "/api/orgs/:id/members",
    { schema: { tags, params: org, body: zAddMember, response: { 200: zMember } } },
    (req) => addMember(p, actorOf(req), req.params.id, req.body),
  );
  r.patch(
    "/api/orgs/:id/members/:userId",
    { schema: { tags, params: member, body: zChangeRole, response: { 200: zMember } } },
    (req) => changeMemberRole(p, actorOf(req), req.params.id, req.params.userId, req.body.role),
  );
  r.delete(
    "/api/orgs/:id/members/:userId",
    { schema: { tags, params: member, response: { 200: zOk } } },
    async (req) => {
      await removeMember(p, actorOf(req), req.params.id, req.params.userId);
      return { ok: true as const };
    },
  );
}
