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
export { getNeed, listNeeds, type NeedQuery, type NeedWithClaims } from "./get-need";
export { listProducts, type ProductQuery } from "./list-products";
export { matchNeed, type NeedMatch, type NeedMatching } from "./match-need";
export type { ClaimView, NeedStatus, NeedView, ProductFamily, ProductStatus, ProductView } from "./need-rows";
export { type NeedInput, postNeed } from "./post-need";
export { PRODUCT_FAMILIES, PRODUCT_SUB_TYPES, type ProductInput } from "./product-schema";
export { publishProduct } from "./publish-product";
export { type ClaimStepInput, recordClaimStep } from "./record-claim-step";
