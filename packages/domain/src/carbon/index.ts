export { accountInputProblems, accountInputsHash } from "./account-inputs";
export { type ActivityRow, rowKey, toBasisUnit, validateActivityRows } from "./activity-rows";
export { CARBON_ACCOUNT_METHOD, calculateCarbonAccount } from "./calculate-account";
export type {
  AccountInput,
  AccountOptions,
  CarbonAccount,
  EnterpriseProfile,
  Intensity,
  MarketBased,
  PeriodTotals,
} from "./carbon-account-types";
export { TONNES_PLACES } from "./carbon-decimal";
export {
  type EfficiencyGrade,
  type EfficiencyPeer,
  type EfficiencyResult,
  gradeCarbonEfficiency,
} from "./carbon-efficiency";
export { CarbonInputError, type CarbonProblem } from "./carbon-errors";
export type { EmissionCategory, EmissionLine, EmissionScope } from "./emission-line";
export { type EtsPosition, type EtsPositionInput, etsPosition, etsSectorOf, type PriceBasis } from "./ets-position";
export {
  type FacilityFactor,
  type FactorChoice,
  type FactorUse,
  type GridBasis,
  type GridLookup,
  lookupGridFactor,
  pickByYear,
  resolveProvince,
} from "./factor-lookup";
export type {
  CarbonEfficiencyMethod,
  CarbonFactorSetData,
  CeaPrice,
  ElectricityFactor,
  ElectricityFactorKind,
  EtsReference,
  FactorRecord,
  FuelFactor,
  ItemMapping,
  Province,
  VerificationStatus,
} from "./factor-set-types";
