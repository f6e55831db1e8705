import { ROLES } from "@greenfin/domain";
import { z } from "zod";
import { zId } from "./common";
import { zOrgKind } from "./organisations";

export const zRole = z.enum(ROLES);
export const zLocale = z.enum(["zh-CN", "en"]);

export const zLoginRequest = z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
  orgId: zId.optional(),
});
export type TLoginRequest = z.infer<typeof zLoginRequest>;

export const zMembershipView = z.object({
  orgId: zId,
  orgKind: zOrgKind,
  orgNameZh: z.string(),
  orgNameEn: z.string(),
  role: zRole,
});
export type TMembershipView = z.infer<typeof zMembershipView>;

/** Who is logged in, for which organisation, with which role; and the CSRF token for writes. */
export const zSessionView = z.object({
  user: z.object({ id: zId, email: z.string(), displayName: z.string(), locale: zLocale }),
  activeOrg: z.object({ id: zId, kind: zOrgKind, nameZh: z.string(), nameEn: z.string() }),
  role: zRole,
  memberships: z.array(zMembershipView),
  csrfToken: z.string(),
});
export type TSessionView = z.infer<typeof zSessionView>;

export const zSwitchOrg = z.object({ orgId: zId });
export const zChangePassword = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
export const zSetLocale = z.object({ locale: zLocale });

/** Header that carries the CSRF token on every state-changing request made with a session cookie. */
export const CSRF_HEADER = "x-csrf-token";
export const SESSION_COOKIE = "gf_session";
