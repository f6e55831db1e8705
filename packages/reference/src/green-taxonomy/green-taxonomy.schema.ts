/**
 * Shapes of the files under `data/green-taxonomy/` (green identification), one file per kind of dataset: the
 * catalogues (2025 unified catalogue, 2021 green-bond catalogue, 2024 green-industry catalogue), the 2025 vocabulary,
 * the blue-finance categories, the transition-finance references, the crosswalks and the labelled evaluation set.
 * Every record keeps its source and a verification flag from `GREEN_VERIFICATION_STATUSES`.
 */
export * from "./green-blue-transition.schema";
export * from "./green-catalogue.schema";
export * from "./green-eval.schema";
export {
  CATALOGUE_CODE,
  GREEN_DATASET_KINDS,
  GREEN_VERIFICATION_STATUSES,
  type GreenVerificationStatus,
} from "./green-schema-common";
export * from "./green-vocabulary.schema";
