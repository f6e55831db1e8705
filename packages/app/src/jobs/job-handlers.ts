import { AUDIT_VERIFY_JOB, auditVerifyHandler } from "../audit/audit-verify-job";
import { CARBON_ACCOUNTS_JOB, carbonAccountsHandler } from "../carbon/carbon-accounts-job";
import { MARKET_SERVICE_JOB, marketServiceHandler } from "../market/needs/service-reminders-job";
import { pcafRunHandler } from "../pcaf/execute-pcaf-run";
import { PCAF_RUN_JOB } from "../pcaf/start-pcaf-run";
import { ratingRunHandler } from "../rating/execute-rating-run";
import { RATING_RUN_JOB } from "../rating/start-rating-run";
import type { JobHandler } from "./job-worker";

/** Every background job type the platform runs; each module adds its own here. */
export const jobHandlers: Record<string, JobHandler> = {
  [AUDIT_VERIFY_JOB]: auditVerifyHandler,
  [RATING_RUN_JOB]: ratingRunHandler,
  [CARBON_ACCOUNTS_JOB]: carbonAccountsHandler,
  [PCAF_RUN_JOB]: pcafRunHandler,
  [MARKET_SERVICE_JOB]: marketServiceHandler,
};
