export { benefitMethodSet, computeProjectBenefits } from "./compute-project-benefits";
export { nationalGridFactor, resolveBenefitFactors } from "./resolve-benefit-factors";
