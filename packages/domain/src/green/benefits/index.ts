export {
  type BenefitFigure,
  evaluateBenefitExpression,
  substituteBenefitExpression,
} from "./benefit-expression";
export type * from "./benefit-types";
export { checkBenefitLines } from "./check-benefit-lines";
export {
  benefitFactorValue,
  computeBenefitReport,
  publishBenefitValue,
  usesGridFactor,
} from "./compute-benefit-report";
