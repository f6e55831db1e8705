export { assessLinkedLoan, type LinkedLoanAssessment } from "./assess-linked-loan";
export { chooseOffer } from "./choose-offer";
export { type ClaimInput, claimNeed, MAX_CLAIMANTS } from "./claim-need";
export {
  type ClaimTimersResult,
  type ClaimTimerView,
  type ComplianceResult,
  claimTimers,
  type InstitutionComplianceView,
  serviceLevelCompliance,
  type TimerOptions,
} from "./claim-timers";
export { type FundInput, fundClaim } from "./fund-claim";
export { getNeed, listNeeds, type NeedQuery, type NeedWithClaims } from "./get-need";
export { listProducts, type ProductQuery } from "./list-products";
export { listReminders, type ReminderView } from "./list-reminders";
export { marketOverview } from "./market-overview";
export { matchNeed, type NeedMatch, type NeedMatching } from "./match-need";
export type { ClaimView, NeedStatus, NeedView, ProductFamily, ProductStatus, ProductView } from "./need-rows";
export { type NeedInput, postNeed } from "./post-need";
export { pricingTemplates } from "./product-pricing";
export { PRODUCT_FAMILIES, PRODUCT_SUB_TYPES, type ProductInput } from "./product-schema";
export { publishProduct } from "./publish-product";
export { type ClaimStepInput, recordClaimStep } from "./record-claim-step";
export {
  DEFAULT_NEED_EXPIRY,
  MARKET_SERVICE_JOB,
  type NeedExpiryConfig,
  queueServiceSweep,
  type ServiceSweepResult,
  sweepServiceLevels,
} from "./service-reminders-job";
export { withdrawNeed } from "./withdraw-need";
