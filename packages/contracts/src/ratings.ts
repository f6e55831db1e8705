import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { zJob } from "./jobs";

const zIsoDate = z.iso.date();
const zText = z.object({ zh: z.string(), en: z.string() });
/** "enterprise-esg@2026.1": a methodology id and its version. */
export const zMethodologyRef = z.string().regex(/^[a-z0-9-]+@[0-9A-Za-z.]+$/, "id@version");

export const zRatingMethodologySummary = z.object({
  ref: zMethodologyRef,
  id: z.string(),
  version: z.string(),
  status: z.string(),
  name: zText,
  entityKind: z.enum(["enterprise", "fund_manager"]),
  scale: z.array(z.object({ grade: z.string(), minScore: z.string() })),
  maxOverrideNotches: z.number().int(),
  controversyCategories: z.array(z.object({ id: z.string(), name: zText, keyIssue: z.string() })),
  controversyStatuses: z.array(z.object({ status: z.string(), label: zText })),
});
export type TRatingMethodologySummary = z.infer<typeof zRatingMethodologySummary>;

/** The methodology as a readable page (Markdown generated from its data: the same text as docs/methodology). */
export const zRatingMethodologyPage = z.object({
  methodology: zRatingMethodologySummary,
  markdown: z.string(),
});

// ---- The explanation of one entity's rating (mirrors the domain's EntityRating) ----

const zRatingValue = z.union([z.string(), z.boolean(), z.array(z.string()).readonly()]);
const zThresholdPoint = z.object({ value: z.string(), score: z.string() });
const zScoreBasis = z.union([
  z.object({ kind: z.literal("thresholds"), from: zThresholdPoint, to: zThresholdPoint }),
  z.object({
    kind: z.literal("peer_percentile"),
    peers: z.number().int(),
    below: z.number().int(),
    equal: z.number().int(),
  }),
  z.object({ kind: z.literal("presence") }),
  z.object({ kind: z.literal("ladder"), option: z.string() }),
  z.object({
    kind: z.literal("industry_median"),
    peers: z.number().int(),
    median: z.string(),
    penalty: z.string(),
  }),
  z.object({ kind: z.literal("no_credit") }),
  z.object({ kind: z.literal("excluded") }),
]);

export const zIndicatorExplanation = z.object({
  id: z.string(),
  /** Indicator (or derived input) name from the catalogue / methodology. */
  name: zText,
  keyIssue: z.string(),
  rule: z.string(),
  value: zRatingValue.nullable(),
  unit: z.string().nullable(),
  ratioOf: z.object({ numerator: z.string().nullable(), denominator: z.string().nullable() }).nullable(),
  score: z.string().nullable(),
  weight: z.string(),
  contribution: z.string(),
  source: z.enum(["disclosed", "imputed", "missing", "excluded"]),
  /** Where the value came from: "disclosure:<revision id>", "derived:<input id>" or null when not disclosed. */
  dataSource: z.string().nullable(),
  flags: z.array(z.string()),
  basis: zScoreBasis,
});

export const zKeyIssueExplanation = z.object({
  id: z.string(),
  name: zText,
  pillar: z.string(),
  theme: z.string(),
  weight: z.string(),
  indicatorScore: z.string(),
  controversyDeduction: z.string(),
  score: z.string(),
  contribution: z.string(),
});

export const zPillarExplanation = z.object({
  id: z.string(),
  name: zText,
  weight: z.string(),
  score: z.string().nullable(),
  contribution: z.string(),
});

export const zControversyExplanation = z.object({
  id: z.string(),
  category: z.string(),
  keyIssue: z.string(),
  date: zIsoDate,
  severity: z.number().int(),
  status: z.string(),
  source: z.string(),
  ageDays: z.number().int(),
  severityDeduction: z.string(),
  statusFactor: z.string(),
  decayFactor: z.string().nullable(),
  deduction: z.string(),
  flags: z.array(z.string()),
});

export const zLever = z.object({
  indicator: z.string(),
  keyIssue: z.string(),
  fromScore: z.string().nullable(),
  toScore: z.string(),
  target: z
    .object({ comparator: z.enum([">=", "<=", ">", "<", "="]), value: z.union([z.string(), z.boolean()]) })
    .nullable(),
  gain: z.string(),
  newScore: z.string(),
  newGrade: z.string(),
});

export const zRatingExplanation = z.object({
  entityId: z.string(),
  methodology: z.object({ id: z.string(), version: z.string() }),
  asOf: zIsoDate,
  industryCode: z.string(),
  industryGroup: z.string(),
  inputHash: z.string(),
  score: z.string(),
  grade: z.string(),
  pillars: z.array(zPillarExplanation),
  keyIssues: z.array(zKeyIssueExplanation),
  indicators: z.array(zIndicatorExplanation),
  controversies: z.array(zControversyExplanation),
  levers: z.array(zLever),
});
export type TRatingExplanation = z.infer<typeof zRatingExplanation>;

// ---- Runs, results, overrides ----

export const zRatingRunStatus = z.enum(["running", "completed", "published", "failed"]);
export const zGradeCount = z.object({ grade: z.string(), count: z.number().int() });

export const zRatingRun = z.object({
  id: zId,
  methodology: zMethodologyRef,
  methodologyName: zText,
  periodYear: z.number().int(),
  asOf: zIsoDate,
  status: zRatingRunStatus,
  /** The organisation that ran it (a rating agency). */
  org: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  entityCount: z.number().int(),
  gradeCounts: z.array(zGradeCount),
  methodologyHash: z.string().nullable(),
  inputsHash: z.string().nullable(),
  resultHash: z.string().nullable(),
  pendingOverrides: z.number().int(),
  approvedOverrides: z.number().int(),
  /** The run this one is compared with for upgrades and downgrades: the latest earlier run of the same methodology. */
  previousRunId: zId.nullable(),
  jobId: zId.nullable(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: zIsoInstant,
  publishedAt: zIsoInstant.nullable(),
  publishedBy: z.string().nullable(),
});
export type TRatingRun = z.infer<typeof zRatingRun>;

export const zStartRatingRun = z.object({
  methodology: zMethodologyRef,
  periodYear: z.number().int().min(2015).max(2100),
  /** The rating date (controversies decay to it); today when left out. */
  asOf: zIsoDate.optional(),
});
export type TStartRatingRun = z.infer<typeof zStartRatingRun>;

export const zStartedRatingRun = z.object({ run: zRatingRun, job: zJob });

export const zOverrideStatus = z.enum(["pending", "approved", "rejected"]);

export const zRatingOverride = z.object({
  id: zId,
  runId: zId,
  resultId: zId,
  entity: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  computedGrade: z.string(),
  fromGrade: z.string(),
  toGrade: z.string(),
  /** Signed: positive is an upgrade. */
  notches: z.number().int(),
  rationale: z.string(),
  status: zOverrideStatus,
  proposedBy: z.string(),
  /** The proposer's user id: screens use it to know that the viewer may not decide their own proposal. */
  proposedById: zId,
  proposedAt: zIsoInstant,
  decidedBy: z.string().nullable(),
  decidedAt: zIsoInstant.nullable(),
  decisionNote: z.string().nullable(),
});
export type TRatingOverride = z.infer<typeof zRatingOverride>;

export const zProposeOverride = z.object({
  toGrade: z.string().min(1).max(8),
  rationale: z.string().trim().min(20, "at least 20 characters").max(4000),
});
export const zDecideOverride = z.object({
  decision: z.enum(["approve", "reject"]),
  note: z.string().trim().max(4000).optional(),
});

/** One row of a run's result table. */
export const zRatingResultRow = z.object({
  id: zId,
  runId: zId,
  entity: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  industryCode: z.string(),
  industryGroup: z.string(),
  industryGroupName: zText,
  score: z.string(),
  /** The engine's grade. */
  computedGrade: z.string(),
  /** The grade that is (or will be) published: an approved override's, else the computed one. */
  finalGrade: z.string(),
  pillars: z.object({ E: z.string().nullable(), S: z.string().nullable(), G: z.string().nullable() }),
  override: z.object({ id: zId, status: zOverrideStatus, toGrade: z.string() }).nullable(),
  /** Versus the previous run: the earlier final grade and signed notches (positive = upgrade); null if unrated then. */
  previousGrade: z.string().nullable(),
  change: z.number().int().nullable(),
  resultHash: z.string(),
});
export type TRatingResultRow = z.infer<typeof zRatingResultRow>;

export const zRatingResultQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  grade: z.string().max(8).optional(),
  industrySection: z
    .string()
    .regex(/^[A-T]$/)
    .optional(),
  q: z.string().max(100).optional(),
  change: z.enum(["upgrade", "downgrade"]).optional(),
});

/** Scores of the entity's industry group in the same run, without names. */
export const zPeerDistribution = z.object({
  industryGroup: z.string(),
  peers: z.number().int(),
  gradeCounts: z.array(zGradeCount),
  /** Quartiles of the group's scores (2 dp). */
  min: z.string(),
  q1: z.string(),
  median: z.string(),
  q3: z.string(),
  max: z.string(),
  /** Share of the group scoring below the entity, percent (1 dp). */
  percentileRank: z.string(),
});

export const zRatingHistoryPoint = z.object({
  resultId: zId,
  runId: zId,
  periodYear: z.number().int(),
  asOf: zIsoDate,
  methodology: zMethodologyRef,
  score: z.string(),
  finalGrade: z.string(),
  publishedAt: zIsoInstant,
});

export const zRatingResultDetail = z.object({
  result: zRatingResultRow,
  run: zRatingRun,
  explanation: zRatingExplanation,
  peers: zPeerDistribution,
  history: z.array(zRatingHistoryPoint),
  overrides: z.array(zRatingOverride),
});
export type TRatingResultDetail = z.infer<typeof zRatingResultDetail>;

/** An organisation's own rating page: its latest published result per methodology, with everything above. */
export const zEntityRatings = z.object({
  entity: z.object({ id: zId, nameZh: z.string(), nameEn: z.string(), industryCode: z.string().nullable() }),
  latest: z.array(zRatingResultDetail),
  controversies: z.array(z.lazy(() => zControversy)),
});
export type TEntityRatings = z.infer<typeof zEntityRatings>;

export const zRatingChange = z.object({
  resultId: zId,
  entity: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  industryCode: z.string(),
  fromGrade: z.string(),
  toGrade: z.string(),
  notches: z.number().int(),
  fromScore: z.string(),
  toScore: z.string(),
});
export const zRatingChanges = z.object({
  runId: zId,
  previousRunId: zId.nullable(),
  upgrades: z.array(zRatingChange),
  downgrades: z.array(zRatingChange),
  unchanged: z.number().int(),
  newlyRated: z.number().int(),
});

// ---- Controversies ----

export const zControversy = z.object({
  id: zId,
  entity: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  date: zIsoDate,
  severity: z.number().int().min(1).max(5),
  category: z.string(),
  status: z.string(),
  source: z.string(),
  description: z.string(),
  recordedBy: z.object({ orgId: zId, nameZh: z.string(), nameEn: z.string() }),
  recordedAt: zIsoInstant,
  updatedAt: zIsoInstant,
});
export type TControversy = z.infer<typeof zControversy>;

export const zRecordControversy = z.object({
  entityId: zId,
  date: zIsoDate,
  severity: z.number().int().min(1).max(5),
  category: z.string().min(1).max(60),
  status: z.string().min(1).max(30),
  source: z.string().trim().min(1).max(500),
  description: z.string().trim().min(1).max(4000),
});
export const zUpdateControversyStatus = z.object({
  status: z.string().min(1).max(30),
  note: z.string().trim().max(2000).optional(),
});

// ---- District view ----

export const zRatingDistribution = z.object({
  run: zRatingRun.nullable(),
  grades: z.array(z.string()),
  /** Final grades per GB/T 4754 section (A..T) of the rated entities. */
  bySection: z.array(
    z.object({
      section: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      counts: z.array(zGradeCount),
      total: z.number().int(),
      meanScore: z.string(),
    }),
  ),
  total: z.array(zGradeCount),
});
export type TRatingDistribution = z.infer<typeof zRatingDistribution>;
