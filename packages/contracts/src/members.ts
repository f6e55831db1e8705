import { z } from "zod";
import { zRole } from "./auth";
import { zId, zIsoInstant } from "./common";

export const zMember = z.object({
  userId: zId,
  email: z.string(),
  displayName: z.string(),
  role: zRole,
  disabled: z.boolean(),
  createdAt: zIsoInstant,
});
export type TMember = z.infer<typeof zMember>;

export const zAddMember = z.object({
  email: z.email().max(200),
  displayName: z.string().trim().min(1).max(80),
  role: zRole,
  /** Needed only when the e-mail is not yet a user of the platform. */
  password: z.string().min(1).max(200).optional(),
});
export type TAddMember = z.infer<typeof zAddMember>;

export const zChangeRole = z.object({ role: zRole });
