import { z } from "zod";
import { zId, zIsoInstant } from "./common";

export const TOKEN_SCOPES = ["read", "write"] as const;
export const zTokenScope = z.enum(TOKEN_SCOPES);

export const zApiToken = z.object({
  id: zId,
  name: z.string(),
  prefix: z.string().describe("the first characters of the token, to recognise it"),
  scopes: z.array(zTokenScope),
  createdAt: zIsoInstant,
  expiresAt: zIsoInstant,
  revokedAt: zIsoInstant.nullable(),
  lastUsedAt: zIsoInstant.nullable(),
});
export type TApiToken = z.infer<typeof zApiToken>;

export const zCreateToken = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(zTokenScope).min(1),
  expiresAt: zIsoInstant,
});
export type TCreateToken = z.infer<typeof zCreateToken>;

/** The secret is returned once, at creation; the platform keeps only its hash. */
export const zCreatedToken = z.object({ token: zApiToken, secret: z.string() });
