import { DATA_SCOPES } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { zOrganisationSummary } from "./organisations";

export const zDataScope = z.enum(DATA_SCOPES);

export const zGrant = z.object({
  id: zId,
  grantor: zOrganisationSummary,
  grantee: zOrganisationSummary,
  scope: zDataScope,
  purpose: z.string(),
  validFrom: zIsoInstant,
  expiresAt: zIsoInstant,
  revokedAt: zIsoInstant.nullable(),
  active: z.boolean(),
  createdAt: zIsoInstant,
});
export type TGrant = z.infer<typeof zGrant>;

export const zCreateGrant = z.object({
  granteeOrgId: zId,
  scope: zDataScope,
  purpose: z.string().trim().min(1).max(300),
  expiresAt: zIsoInstant,
});
export type TCreateGrant = z.infer<typeof zCreateGrant>;

export const zGrantListQuery = z.object({ direction: z.enum(["given", "received"]).default("given") });

export const zGrantAccess = z.object({
  at: zIsoInstant,
  readerOrg: zOrganisationSummary,
  readerUserId: zId.nullable(),
  /** The reader's display name; null when an API token read. */
  readerUserName: z.string().nullable(),
  scope: zDataScope,
  resource: z.string(),
});
export type TGrantAccess = z.infer<typeof zGrantAccess>;
