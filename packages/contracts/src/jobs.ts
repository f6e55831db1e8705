import { z } from "zod";
import { zId, zIsoInstant } from "./common";

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed"] as const;

/** A background job and how far it has got, for the web app's progress bars. */
export const zJob = z.object({
  id: zId,
  type: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.number().min(0).max(1),
  message: z.string().nullable(),
  result: z.unknown().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  createdAt: zIsoInstant,
  updatedAt: zIsoInstant,
});
export type TJob = z.infer<typeof zJob>;
