export {
  type DerivedInputs,
  disclosureCompleteness,
  type PortfolioHolding,
  portfolioRatingInputs,
} from "./derived-inputs";
export { checkGradeOverride, type GradeOverrideCheck, gradeFor, notchesBetween } from "./grade-scale";
export type {
  ControversyRules,
  GradeBand,
  LadderRule,
  MaterialityGroup,
  MethodologyIndicator,
  MethodologyKeyIssue,
  MethodologyPillar,
  MethodologyTheme,
  MissingPolicy,
  PeerPercentileRule,
  PresenceRule,
  RatingInputDefinition,
  RatingMethodology,
  RatioRule,
  ScoreDirection,
  ScoringRule,
  ThresholdPoint,
  ThresholdsRule,
} from "./methodology-types";
export { type PeerDistribution, peerDistribution } from "./peer-distribution";
export {
  type RatingContext,
  type RatingRunBuilder,
  rateUniverse,
  startRatingRun,
  streamRatings,
} from "./rate-universe";
export { hashRating, runResultHash } from "./rating-hashes";
export {
  type ControversyEvent,
  type ControversyFlag,
  type ControversyResult,
  type EntityRating,
  type IndicatorFlag,
  type IndicatorResult,
  type IndicatorSource,
  type KeyIssueResult,
  type Lever,
  type LeverTarget,
  type PillarResult,
  type RatedEntityInput,
  type RateUniverseInput,
  RatingInputError,
  type RatingRunSummary,
  type RatingValue,
  type ScoreBasis,
} from "./rating-types";
export { ratingValuesFromDisclosure } from "./values-from-disclosure";
