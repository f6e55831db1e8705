export {
  DEFAULT_CARBON_FACTOR_SET_VERSION,
  ENTITY_KINDS,
  type EntityKind,
  loadCarbonFactorSet,
  loadPcafReference,
} from "@greenfin/reference";
export { loadDisclosure } from "./access/disclosure-access";
export * as tenancy from "./access/tenancy";
export { runAsTenant, tenantAware } from "./access/tenant-session";
export { appendAudit } from "./audit/audit-log";
export { AUDIT_VERIFY_JOB, auditVerifyHandler, startAuditVerification } from "./audit/audit-verify-job";
export { listAudit } from "./audit/list-audit";
export { verifyStoredAuditChain } from "./audit/verify-audit-chain";
export { changePassword, sessionViewFor, setLocale, switchOrganisation } from "./auth/account";
export { login } from "./auth/login";
export { safeEqual } from "./auth/secrets";
export { closeSession, resolveSession, SESSION_TTL_MS } from "./auth/sessions";
export {
  type ActivityChannel,
  type ActivityImportResult,
  type ActivityRowInput,
  type ImportActivityFileInput,
  importActivityFile,
  importActivityRows,
} from "./carbon/activity-import";
export { activityItemOptions } from "./carbon/activity-item-options";
export { type ActivityList, type ActivityRowView, listActivity } from "./carbon/activity-list";
export { type CarbonAccountListRow, listCarbonAccounts } from "./carbon/carbon-account-list";
export { carbonAccountYears, getCarbonAccount } from "./carbon/carbon-account-read";
export { accountYear, CARBON_ACCOUNTS_JOB, startCarbonAccounting } from "./carbon/carbon-accounts-job";
export { gradeCarbonYear, MIN_GRADE_PEERS } from "./carbon/carbon-grades";
export { computeCarbonAccount } from "./carbon/compute-carbon-account";
export { recordEtsAllocation } from "./carbon/ets-allocations";
export {
  type ActivityIntakeLimits,
  type ActivityProblem,
  DEFAULT_ACTIVITY_LIMITS,
  HTTP_ACTIVITY_LIMITS,
} from "./carbon/intake/index";
export { buildCarbonReportModel, carbonReportPdf } from "./carbon/report/carbon-report-pdf";
export { type Config, loadConfig } from "./config/config";
export type { Actor } from "./context/actor";
export { type Clock, fixedClock, systemClock } from "./context/clock";
export { DEFAULT_DEMO_SEED, DEMO_PASSWORD, seedDemoDistrict } from "./demo/seed-demo-district";
export { applyIntake, hashContent } from "./disclosure/apply-intake";
export { blankWorkbook, checkDisclosureFile } from "./disclosure/check-file-offline";
export { compareRevisions } from "./disclosure/compare-revisions";
export { createDisclosure } from "./disclosure/create-disclosure";
export { exportDisclosure } from "./disclosure/disclosure-export";
export { disclosureOverview } from "./disclosure/disclosure-overview";
export { buildReportModel, disclosureReport } from "./disclosure/disclosure-report";
export { SUGGESTED_FRAMEWORKS } from "./disclosure/entity-kind";
export { addEvidence, EVIDENCE_MAX_BYTES, evidenceContent, listEvidence, removeEvidence } from "./disclosure/evidence";
export { frameworksFor } from "./disclosure/frameworks-for";
export { importDisclosureFile } from "./disclosure/import-file";
export { DEFAULT_INTAKE_LIMITS } from "./disclosure/intake/index";
export {
  invitePortfolioCompany,
  listPortfolio,
  portfolioAggregates,
  respondToInvitation,
} from "./disclosure/portfolio";
export { getDisclosure, listDisclosures } from "./disclosure/read-disclosures";
export { disclosureTemplate } from "./disclosure/template-view";
export { disclosureWorkbook } from "./disclosure/template-workbook";
export { decideDisclosure, publishDisclosure, startReview, submitDisclosure } from "./disclosure/workflow";
export { AppError, type FieldProblem, isAppError, type Lang } from "./errors/app-error";
export { ERROR_CODES, type ErrorCode, exitCodeFor } from "./errors/error-codes";
export { issueProblem, zodProblems } from "./errors/zod-problems";
export { safeFileName } from "./files/file-name";
export { createGrant, grantAccessLog, listGrants, revokeGrant } from "./grants/consent-grants";
export * from "./green/benefits/index";
export * from "./green/financing/index";
export { loadGreenClassifierData } from "./green/green-classifier-data";
export * from "./green/projects/index";
export { APP_VERSION, health } from "./health/health";
export { jobHandlers } from "./jobs/job-handlers";
export { enqueueJob, getJob } from "./jobs/job-queue";
export { type JobHandler, JobInterrupted, runJobNow, runOneJob, startWorker } from "./jobs/job-worker";
export { purgeExpired } from "./maintenance/purge-expired";
export * from "./market/needs/index";
export * from "./market/pledges/index";
export * from "./market/subsidies/index";
export { createUserAsOperator } from "./members/create-user";
export { addMember, changeMemberRole, listMembers, removeMember } from "./members/members";
export { districtOverview } from "./organisations/district-overview";
export { getOrganisation, listOrganisations } from "./organisations/read-organisations";
export { createOrganisation, updateOrganisation } from "./organisations/write-organisations";
export * from "./pcaf/index";
export { openPlatform, type Platform } from "./platform";
export * from "./rating/index";
export * from "./rating/offline/index";
export * from "./statistics/index";
export { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from "./tokens/api-tokens";
