export { DEMO_ENERGY_YEARS, type DemoActivityRow, demoEnterpriseActivity } from "./demo-energy";
export {
  type DemoCounterpartyRecord,
  type DemoLoanBook,
  type DemoPositionRecord,
  demoCounterparties,
  demoLoanBook,
} from "./demo-loan-books";
export type {
  DemoDistrict,
  DemoIndustryInput,
  DemoOrganisation,
  DemoUser,
  GenerateDemoDistrictInput,
} from "./demo-types";
export {
  type DemoDisclosureState,
  type DemoDisclosureStatus,
  type DemoRevisionState,
  disclosureAsOf,
} from "./disclosure-as-of";
export type {
  DemoDecision,
  DemoDisclosure,
  DemoDisclosureHistory,
  DemoDisclosureScenario,
  DemoEntityKind,
  DemoIndicatorDef,
  DemoRequirement,
  DemoReviewComment,
  DemoRevision,
  GenerateDisclosureHistoryInput,
} from "./disclosure-history-types";
export { classifyEnterpriseSize, formatFenAsYuan, type SizeScheme, sizeSchemeOf } from "./enterprise-size";
export { DEFAULT_ENTERPRISE_COUNT, generateDemoDistrict, MAX_ENTERPRISE_COUNT } from "./generate-demo-district";
export * from "./generate-demo-portfolios";
export { DEMO_DISCLOSURE_YEARS, generateDisclosureHistory } from "./generate-disclosure-history";
export { DEMO_KIND_SHORT, DEMO_LOGIN_ORGS } from "./generate-users";
export * from "./green-projects";
export * from "./market";
export { QINGDAO_AREAS, type QingdaoAreaName } from "./qingdao-geography";
export * from "./statistics/index";
