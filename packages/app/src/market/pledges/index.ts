export {
  checkMarginCalls,
  type MarginCheckInput,
  type MarginCheckResult,
  type PledgeMarginStatus,
} from "./check-margin-calls";
export { type HoldingQuery, listCarbonHoldings } from "./list-carbon-holdings";
export { listPledges, type PledgeQuery } from "./list-pledges";
export type { PricingOptions } from "./pledge-pricing";
export type { CarbonHoldingView, PledgeView } from "./pledge-rows";
export { type CarbonHoldingInput, recordCarbonHolding } from "./record-carbon-holding";
export { type PledgeInput, registerPledge } from "./register-pledge";
export { type ReleaseInput, releasePledge } from "./release-pledge";
