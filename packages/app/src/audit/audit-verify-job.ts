import { requireDistrict } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { enqueueJob } from "../jobs/job-queue";
import type { JobHandler } from "../jobs/job-worker";
import type { Platform } from "../platform";
import { verifyStoredAuditChain } from "./verify-audit-chain";

export const AUDIT_VERIFY_JOB = "audit.verify";

export async function startAuditVerification(p: Platform, actor: Actor) {
  requireDistrict(actor, "review");
  // It only reads, so running it again is harmless: a process that dies while verifying must not lose the request
  // (with one attempt, the lost worker's lease running out would fail the job instead of retrying it).
  return enqueueJob(p.db, actor, AUDIT_VERIFY_JOB, {}, { maxAttempts: 3 });
}

export const auditVerifyHandler: JobHandler = (p, ctx) =>
  verifyStoredAuditChain(p.db, (checked, total) => ctx.progress(total ? checked / total : 1, `${checked} / ${total}`));
