import { z } from "zod";
import { zId, zIsoInstant, zPageQuery } from "./common";

export const zAuditEntry = z.object({
  seq: z.number().int(),
  at: zIsoInstant,
  actorUserId: zId.nullable(),
  actorOrgId: zId.nullable(),
  orgId: zId.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.unknown(),
  hash: z.string(),
});
export type TAuditEntry = z.infer<typeof zAuditEntry>;

export const zAuditQuery = zPageQuery.extend({
  action: z.string().max(80).optional(),
  entityType: z.string().max(80).optional(),
});

export const zAuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  breaks: z.array(z.object({ seq: z.number().int(), reason: z.string(), expectedSeq: z.number().int().optional() })),
});
export type TAuditVerification = z.infer<typeof zAuditVerification>;
