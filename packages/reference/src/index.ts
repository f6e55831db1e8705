export { ReferenceDataError } from "./data-file";
export {
  type IndustryClassificationFile,
  zIndustryClassificationFile,
} from "./industry/industry-classification.schema";
export {
  CANONICAL_INDUSTRY_CODE,
  industryName,
  type ResolvedIndustryCode,
  resolveIndustryCode,
  sectionOf,
} from "./industry/industry-codes";
export {
  type IndustryClass,
  type IndustryClassification,
  type IndustryDivision,
  type IndustrySection,
  loadIndustryClassification,
  parseIndustryClassification,
} from "./industry/load-industry-classification";
