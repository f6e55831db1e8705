/**
 * Green financing labels: each loan, bond or insurance policy in an institution's book can be tagged with a 2025
 * catalogue category (level 3) and a use of proceeds, and linked to a certified project of the library. Statistics
 * follow the shape of the central bank's green-loan special statistics (绿色贷款专项统计): balance, count and amount
 * granted in the year, by use (catalogue level 1 and 2) and by industry (GB/T 4754 section), per institution and for
 * the district. Amounts are decimal text in yuan.
 */
import { z } from "zod";
import { zId, zIsoInstant } from "./common";

const zYuan = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, "an amount in yuan, e.g. 12500000 or 12500000.50");
const zDate = z.iso.date();
const zDecimalText = z.string();

export const FINANCING_INSTRUMENTS = ["loan", "bond", "insurance"] as const;
export type FinancingInstrument = (typeof FINANCING_INSTRUMENTS)[number];

export const zGreenFinancingInput = z.object({
  instrument: z.enum(FINANCING_INSTRUMENTS),
  /** The institution's own contract, bond or policy number: unique per institution and instrument. */
  reference: z.string().trim().min(1).max(80),
  /** A certified project of the library; its certified category becomes the label unless another is given. */
  projectId: zId.optional(),
  /** The borrower / issuer / insured as a platform organisation (set from the project when linked). */
  borrowerOrgId: zId.optional(),
  borrowerName: z.string().trim().min(1).max(200).optional(),
  /** Principal, face value, or sum insured. */
  amount: zYuan,
  /** Balance at `asOf` (loans, bonds); defaults to the amount. */
  outstanding: zYuan.optional(),
  startDate: zDate,
  maturityDate: zDate.optional(),
  /** Level-3 code of the 2025 catalogue; omitted: the project's certified category, else recorded unlabelled. */
  categoryCode: z.string().trim().max(20).optional(),
  useOfProceeds: z.string().trim().min(2).max(500),
  /** GB/T 4754 code of the financed activity; defaults to the project's or borrower's. */
  industryCode: z.string().trim().max(10).optional(),
  /** Annual rate (loans, bonds) or premium rate (insurance), percent, e.g. "3.15". */
  ratePercent: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,4})?$/)
    .optional(),
});
export type TGreenFinancingInput = z.infer<typeof zGreenFinancingInput>;

/** Relabel: a new category and/or use of proceeds, with the reason (kept in the audit log). */
export const zGreenFinancingLabel = z.object({
  categoryCode: z.string().trim().max(20),
  useOfProceeds: z.string().trim().min(2).max(500),
  reason: z.string().trim().min(2).max(1000),
});

export const zGreenFinancingParams = z.object({ financingId: zId });

export const zGreenFinancingQuery = z.object({
  instrument: z.enum(FINANCING_INSTRUMENTS).optional(),
  category: z.string().trim().max(20).optional(),
  industry: z.string().trim().max(10).optional(),
  projectId: zId.optional(),
  /** District only: one institution. */
  orgId: zId.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  lang: z.enum(["zh", "en"]).default("zh"),
});

export const zGreenFinancingRow = z.object({
  id: zId,
  institution: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  instrument: z.enum(FINANCING_INSTRUMENTS),
  reference: z.string(),
  project: z.object({ id: zId, refNo: z.string(), name: z.string() }).nullable(),
  borrower: z.object({ id: zId.nullable(), name: z.string() }),
  amount: zDecimalText,
  outstanding: zDecimalText,
  startDate: z.string(),
  maturityDate: z.string().nullable(),
  category: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), level1: z.string() }).nullable(),
  useOfProceeds: z.string(),
  industryCode: z.string().nullable(),
  /** GB/T 4754 section letter of the industry code. */
  section: z.string().nullable(),
  ratePercent: zDecimalText.nullable(),
  labelledAt: zIsoInstant,
});
export type TGreenFinancingRow = z.infer<typeof zGreenFinancingRow>;

export const zGreenStatisticsQuery = z.object({
  /** Balances at the end of this year; "granted" counts financings starting within it. */
  year: z.coerce.number().int().min(2000).max(2100),
  instrument: z.enum(FINANCING_INSTRUMENTS).default("loan"),
  /** District only: one institution (omitted: the whole district). */
  orgId: zId.optional(),
});

export const zGreenStatisticsCell = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  count: z.number().int(),
  balance: zDecimalText,
  granted: zDecimalText,
  /** Share of the total balance, decimal 0–1. */
  share: zDecimalText,
  /** Expected annual CO2 avoided by the linked projects, attributed by amount / total investment (tCO2). */
  co2AvoidedT: zDecimalText,
});
export type TGreenStatisticsCell = z.infer<typeof zGreenStatisticsCell>;

export const zGreenStatistics = z.object({
  year: z.number().int(),
  instrument: z.enum(FINANCING_INSTRUMENTS),
  scope: z.object({ kind: z.enum(["institution", "district"]), orgId: zId.nullable(), name: z.string() }),
  catalogue: z.string(),
  total: zGreenStatisticsCell,
  /** Catalogue level 1 with level 2 under it. */
  byUse: z.array(zGreenStatisticsCell.extend({ children: z.array(zGreenStatisticsCell) })),
  byIndustry: z.array(zGreenStatisticsCell),
  /** District scope only: one row per institution. */
  byInstitution: z.array(zGreenStatisticsCell),
  blue: zGreenStatisticsCell,
  /** Financings in the book without a label: a data-quality signal, not part of the totals. */
  unlabelled: z.object({ count: z.number().int(), balance: zDecimalText }),
});
export type TGreenStatistics = z.infer<typeof zGreenStatistics>;
