/**
 * Financed emissions (PCAF Part A) on the platform: an institution uploads a book (positions + counterparties files,
 * docs/carbon-data-formats.md §2–3) for a reporting year; each calculation of a book is a run, computed by a job,
 * kept immutable with its inputs and result hashes. Counterparties that are platform enterprises and have granted
 * the institution their carbon data get their emissions from their carbon accounts (PCAF data quality 1–2).
 * Amounts are decimal text in yuan, emissions in tCO2e: never binary floats.
 */
import { PCAF_ASSET_CLASSES } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";

const zDecimalText = z.string();
const zYear = z.coerce.number().int().min(2000).max(2100);

/** The asset classes, as the domain names them. */
export const PCAF_ASSET_CLASS_KEYS = PCAF_ASSET_CLASSES;

export const PCAF_RUN_STATUSES = ["queued", "running", "completed", "failed"] as const;

/** Multipart fields next to the two files (`positions`, `counterparties`: .csv or .xlsx). */
export const zPcafBookUploadFields = z.object({
  year: zYear,
  /** Free label, e.g. "2025 年末贷款与投资组合". */
  label: z.string().trim().min(1).max(200).optional(),
});

/** What an upload answers: the book (an identical re-upload returns the existing one) and the run it started. */
export const zPcafBookCreated = z.object({
  bookId: zId,
  runId: zId,
  jobId: zId.nullable(),
  /** False when the same files had already been uploaded for the year: nothing new was stored or run. */
  created: z.boolean(),
  positions: z.number().int(),
  counterparties: z.number().int(),
});

/** The portfolio-level figures of one run (PCAF §5, Box 8; TCFD WACI). */
export const zPcafBucket = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  positions: z.number().int(),
  outstanding: zDecimalText,
  coveredOutstanding: zDecimalText,
  coverage: zDecimalText.nullable(),
  financedScope12Tco2e: zDecimalText,
  financedScope3Tco2e: zDecimalText,
  weightedDataQuality: zDecimalText.nullable(),
  weightedDataQualityScope3: zDecimalText.nullable(),
  outstandingByScore: z.record(z.string(), zDecimalText),
});
export type TPcafBucket = z.infer<typeof zPcafBucket>;

export const zPcafRunSummary = z.object({
  id: zId,
  bookId: zId,
  year: z.number().int(),
  status: z.enum(PCAF_RUN_STATUSES),
  jobId: zId.nullable(),
  reference: z.string(),
  /** Null until the run has completed. */
  inputsHash: z.string().nullable(),
  resultHash: z.string().nullable(),
  startedAt: zIsoInstant,
  completedAt: zIsoInstant.nullable(),
  total: zPcafBucket.nullable(),
  /** tCO2e per million CNY revenue. */
  waci: zDecimalText.nullable(),
  carbonFootprint: zDecimalText.nullable(),
});
export type TPcafRunSummary = z.infer<typeof zPcafRunSummary>;

export const zPcafBookRow = z.object({
  id: zId,
  year: z.number().int(),
  label: z.string(),
  positions: z.number().int(),
  counterparties: z.number().int(),
  outstanding: zDecimalText,
  filesSha256: z.string(),
  uploadedAt: zIsoInstant,
  uploadedBy: z.string().nullable(),
  latestRun: zPcafRunSummary.nullable(),
});
export type TPcafBookRow = z.infer<typeof zPcafBookRow>;

/** A figure last year and this year (domain PcafChange). */
export const zPcafChange = z.object({
  previous: zDecimalText.nullable(),
  current: zDecimalText.nullable(),
  change: zDecimalText.nullable(),
  /** change ÷ previous × 100, 2 dp; null when previous is missing or zero. */
  changePercent: zDecimalText.nullable(),
});

/** One line of the year-on-year comparison (domain PcafComparisonRow). */
export const zPcafChangeRow = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  outstanding: zPcafChange,
  financedScope12Tco2e: zPcafChange,
  weightedDataQuality: zPcafChange,
});

export const zPcafRunDetail = zPcafRunSummary.extend({
  byAssetClass: z.array(zPcafBucket),
  bySector: z.array(zPcafBucket),
  waciDetail: z.object({ value: zDecimalText.nullable(), outstanding: zDecimalText, positions: z.number().int() }),
  scope3: z.object({ requiredPositions: z.number().int(), missingPositions: z.number().int() }),
  /** How the counterparties' emissions were found: platform accounts used, consent missing, not on the platform. */
  platform: z.object({
    counterparties: z.number().int(),
    onPlatform: z.number().int(),
    accountsUsed: z.number().int(),
    withoutConsent: z.number().int(),
    withoutAccount: z.number().int(),
  }),
  /** The previous year's completed run of the institution, if any, and the change by asset class and total. */
  comparison: z
    .object({
      previousRunId: zId,
      previousYear: z.number().int(),
      sameReference: z.boolean(),
      total: zPcafChangeRow,
      byAssetClass: z.array(zPcafChangeRow),
      waci: zPcafChange,
      carbonFootprint: zPcafChange,
    })
    .nullable(),
  error: z.string().nullable(),
});
export type TPcafRunDetail = z.infer<typeof zPcafRunDetail>;

export const zPcafRunParams = z.object({ runId: zId });
export const zPcafBookParams = z.object({ bookId: zId });
export const zPcafPositionParams = z.object({ runId: zId, positionId: z.string().min(1).max(200) });

export const zPcafPositionsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  assetClass: z.enum(PCAF_ASSET_CLASS_KEYS).optional(),
  /** GB/T 4754 section letter, or "households" / "sovereigns". */
  section: z.string().max(20).optional(),
  score: z.coerce.number().int().min(1).max(5).optional(),
  covered: z.enum(["yes", "no"]).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(["financed_desc", "outstanding_desc", "position"]).default("financed_desc"),
});
export type TPcafPositionsQuery = z.infer<typeof zPcafPositionsQuery>;

/** A position in the results list (the explanation is fetched per position). */
export const zPcafPositionRow = z.object({
  positionId: z.string(),
  assetClass: z.enum(PCAF_ASSET_CLASS_KEYS),
  counterparty: z.string().nullable(),
  counterpartyName: z.string().nullable(),
  /** The platform organisation the counterparty is, when it is one. */
  orgId: zId.nullable(),
  sector: z.string().nullable(),
  section: z.string().nullable(),
  outstanding: zDecimalText,
  attributionFactor: zDecimalText.nullable(),
  financedScope12Tco2e: zDecimalText.nullable(),
  financedScope3Tco2e: zDecimalText.nullable(),
  score: z.number().int().nullable(),
  evidence: z.string().nullable(),
});
export type TPcafPositionRow = z.infer<typeof zPcafPositionRow>;

/** One position whole: the domain's PcafPositionResult (inputs, factors, explanation in zh and en). */
export const zPcafPositionDetail = zPcafPositionRow.extend({
  result: z.custom<object>((v) => typeof v === "object" && v !== null),
});

/** Export language for the JR/T 0227 workbook and the positions workbook. */
export const zPcafExportQuery = z.object({ lang: z.enum(["zh", "en"]).default("zh") });

/** The district's view: each institution's latest completed run for a year. */
export const zDistrictPcafQuery = z.object({ year: zYear });
export const zDistrictPcafRow = z.object({
  orgId: zId,
  nameZh: z.string(),
  nameEn: z.string(),
  institutionType: z.string().nullable(),
  runId: zId,
  positions: z.number().int(),
  outstanding: zDecimalText,
  financedScope12Tco2e: zDecimalText,
  coverage: zDecimalText.nullable(),
  weightedDataQuality: zDecimalText.nullable(),
  waci: zDecimalText.nullable(),
});
export type TDistrictPcafRow = z.infer<typeof zDistrictPcafRow>;
