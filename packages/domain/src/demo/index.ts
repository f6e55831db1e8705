export type {
  DemoDistrict,
  DemoIndustryInput,
  DemoOrganisation,
  DemoUser,
  GenerateDemoDistrictInput,
} from "./demo-types";
export { classifyEnterpriseSize, formatFenAsYuan, type SizeScheme, sizeSchemeOf } from "./enterprise-size";
export { DEFAULT_ENTERPRISE_COUNT, generateDemoDistrict, MAX_ENTERPRISE_COUNT } from "./generate-demo-district";
export { DEMO_KIND_SHORT, DEMO_LOGIN_ORGS } from "./generate-users";
export { QINGDAO_AREAS, type QingdaoAreaName } from "./qingdao-geography";
