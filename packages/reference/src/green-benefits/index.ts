export { type BenefitExpression, BenefitFormulaError, formulaNames, parseBenefitFormula } from "./benefit-formula";
export {
  BENEFIT_VERIFICATION_STATUSES,
  type BenefitFactorData,
  type BenefitInputData,
  type BenefitMethodData,
  type BenefitMethodsMeta,
  type BenefitOutputData,
} from "./benefit-methods.schema";
export { checkBenefitMethods, GRID_FACTOR_UNIT } from "./benefit-methods-checks";
export {
  BENEFIT_METHOD_SET_REFS,
  type BenefitMethod,
  type BenefitMethodSet,
  type BenefitOutputMethod,
  DEFAULT_BENEFIT_METHOD_SET,
  loadBenefitMethodSet,
  parseBenefitMethodSet,
} from "./load-benefit-methods";
