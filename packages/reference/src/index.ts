export {
  type CarbonFactorSetFiles,
  ELECTRICITY_FACTOR_KINDS,
  REGION_LEVELS,
  VERIFICATION_STATUSES,
  zCarbonFactorSetFiles,
} from "./carbon/carbon-factor-set.schema";
export { checkCarbonFactorSet, recomputedFuelFactor } from "./carbon/carbon-factor-set-checks";
export {
  ACTIVITY_ITEM_KINDS,
  ACTIVITY_ITEM_USES,
  type ActivityItem,
  type ActivityItemCatalogue,
  type ActivityItemKind,
  type ActivityItemUse,
  activityItem,
  loadActivityItems,
  zActivityItemCatalogue,
} from "./carbon/load-activity-items";
export {
  CARBON_FACTOR_SET_VERSIONS,
  type CarbonFactorSet,
  type CarbonFactorSetRaw,
  DEFAULT_CARBON_FACTOR_SET_VERSION,
  loadCarbonFactorSet,
  parseCarbonFactorSet,
} from "./carbon/load-carbon-factor-set";
export { ReferenceDataError } from "./data-file";
export {
  type CrossFieldRuleData,
  type DimensionData,
  type DisclosureCatalogueFiles,
  ENTITY_KINDS,
  type EntityKind,
  INDICATOR_TYPES,
  type IndicatorType,
  REQUIREMENT_LEVELS,
  type RequirementLevel,
  zDisclosureCatalogueFiles,
} from "./disclosure/disclosure-catalogue.schema";
export {
  buildDisclosureTemplate,
  type DisclosureTemplate,
  type TemplateItem,
  type TemplateRow,
  type TemplateTopic,
  unitChoices,
} from "./disclosure/disclosure-template";
export {
  DEFAULT_DISCLOSURE_CATALOGUE_VERSION,
  type DisclosureCatalogue,
  type DisclosureCatalogueRaw,
  type DisclosureFramework,
  type DisclosureIndicator,
  type FrameworkRequirement,
  loadDisclosureCatalogue,
  parseDisclosureCatalogue,
} from "./disclosure/load-disclosure-catalogue";
export {
  type RequiredIndicator,
  type RequiredIndicatorsQuery,
  requiredIndicators,
  requirementInForce,
} from "./disclosure/required-indicators";
export * from "./green-benefits/index";
export {
  BLUE_NODE_KINDS,
  type BlueFinanceNode,
  CATALOGUE_CODE,
  CROSSWALK_RELATIONS,
  GHG_TAGS,
  GREEN_ACTIVITY_KINDS,
  GREEN_DATASET_KINDS,
  GREEN_VERIFICATION_STATUSES,
  type GreenActivityKind,
  type GreenCatalogueMeta,
  type GreenCrosswalkFile,
  type GreenCrosswalkLink,
  type GreenEvalMeta,
  type GreenEvalRecord,
  type GreenParameterRuleData,
  type GreenTaxonomyNode,
  type GreenVerificationStatus,
  type GreenVocabularyFile,
  PARAMETER_RULE_OPS,
} from "./green-taxonomy/green-taxonomy.schema";
export { evalFamily, type LevelCoverage } from "./green-taxonomy/green-taxonomy-checks";
export {
  BLUE_FINANCE_REF,
  type BlueFinanceCategories,
  loadBlueFinanceCategories,
  loadTransitionFinanceReferences,
  parseBlueFinanceCategories,
  parseTransitionFinanceReferences,
  TRANSITION_FINANCE_REF,
  type TransitionFinanceReferences,
} from "./green-taxonomy/load-blue-finance";
export {
  crosswalkTargets,
  GREEN_CROSSWALKS_REF,
  type GreenCrosswalks,
  loadGreenCrosswalks,
  parseGreenCrosswalks,
} from "./green-taxonomy/load-green-crosswalks";
export {
  GREEN_EVAL_SET_REF,
  type GreenEvalSet,
  loadGreenEvalSet,
  parseGreenEvalSet,
} from "./green-taxonomy/load-green-eval-set";
export {
  DEFAULT_GREEN_TAXONOMY,
  GREEN_TAXONOMY_REFS,
  type GreenTaxonomy,
  type GreenTaxonomyRaw,
  type GreenTaxonomyRef,
  greenTaxonomyChildren,
  greenTaxonomyNode,
  greenTaxonomyPath,
  loadGreenTaxonomy,
  parseGreenTaxonomy,
} from "./green-taxonomy/load-green-taxonomy";
export {
  type GreenVocabulary,
  loadGreenVocabulary,
  parseGreenVocabulary,
} from "./green-taxonomy/load-green-vocabulary";
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
export * from "./market/index";
export * from "./market-calendar/index";
export {
  DEFAULT_PCAF_REFERENCE,
  loadPcafReference,
  PCAF_REFERENCE_VERSIONS,
  type PcafReference,
} from "./pcaf/load-pcaf-reference";
export { PCAF_ASSET_CLASS_IDS, type PcafReferenceFiles, zPcafReferenceFiles } from "./pcaf/pcaf-reference.schema";
export { compareDecimal, sumDecimal } from "./rating/exact-decimal";
export {
  DEFAULT_RATING_METHODOLOGY,
  listRatingMethodologies,
  loadRatingMethodology,
  parseRatingMethodology,
  RATING_METHODOLOGY_REFS,
  type RatingInputInfo,
  type RatingMethodology,
  type RatingMethodologyRaw,
  type RatingMethodologySummary,
} from "./rating/load-rating-methodology";
export {
  DIRECTIONS,
  MISSING_POLICIES,
  type RatingMethodologyFiles,
  RULE_KINDS,
  zRatingMethodologyFiles,
} from "./rating/rating-methodology.schema";
export { checkRatingMethodology } from "./rating/rating-methodology-checks";
export { renderMethodologyPage } from "./rating/render-methodology-page";
export * from "./statistics/index";
