/**
 * The marketplace's product catalogue: versioned products of four families whose eligibility rules are data.
 */
import { COLLATERAL_KINDS, DATA_CONSENTS, ENTERPRISE_SIZES, FINANCE_PURPOSES } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { list } from "./market-common";
import { zPricingTable } from "./market-pricing";

// ── Products ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const MARKET_PRODUCT_FAMILIES = ["green_credit", "green_bond", "wealth", "insurance"] as const;
export const MARKET_PRODUCT_STATUSES = ["draft", "published", "retired"] as const;

/** Sub-types each family admits (the use-case checks the pairing). */
export const MARKET_PRODUCT_SUB_TYPES = [
  "carbon_quota_pledge",
  "ccer_future_income_pledge",
  "emission_right_pledge",
  "carbon_sink_pledge",
  "carbon_neutral",
  "blue",
  "sustainability_linked",
  "carbon_disclosure_linked",
  "transition",
  "green",
  "esg",
  "green_building_guarantee",
] as const;

/** A closed range of whole yuan or months; either bound may be absent. */
const zRangeInput = z.object({
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().positive().optional(),
});

/** Eligibility rules as data; an absent rule places no condition. */
export const zEligibilityRulesInput = z.object({
  /** GB/T 4754 code prefixes: "C", "C31", "C3110". */
  industries: z
    .array(z.string().regex(/^[A-T](\d{2,4})?$/))
    .max(200)
    .optional(),
  /** 2025 green-finance catalogue code prefixes, by whole segment. */
  catalogueCategories: z
    .array(z.string().regex(/^\d+(\.\d+){0,3}$/))
    .max(200)
    .optional(),
  /** Lowest ESG grade accepted, e.g. "BBB". */
  minEsgGrade: z.string().optional(),
  /** Highest (worst) carbon-efficiency grade accepted, 1–5. */
  maxCarbonGrade: z.number().int().min(1).max(5).optional(),
  amount: zRangeInput.optional(),
  tenorMonths: zRangeInput.optional(),
  collateral: z.array(z.enum(COLLATERAL_KINDS)).optional(),
  enterpriseSizes: z.array(z.enum(ENTERPRISE_SIZES)).optional(),
  purposes: z.array(z.enum(FINANCE_PURPOSES)).optional(),
  requiredConsents: z.array(z.enum(DATA_CONSENTS)).optional(),
});

const zRange = z.object({ min: z.number().optional(), max: z.number().optional() });

/** The rules as stored and returned. */
export const zEligibilityRules = z.object({
  industries: list(z.string()).optional(),
  catalogueCategories: list(z.string()).optional(),
  minEsgGrade: z.string().optional(),
  maxCarbonGrade: z.number().int().optional(),
  amount: zRange.optional(),
  tenorMonths: zRange.optional(),
  collateral: list(z.enum(COLLATERAL_KINDS)).optional(),
  enterpriseSizes: list(z.enum(ENTERPRISE_SIZES)).optional(),
  purposes: list(z.enum(FINANCE_PURPOSES)).optional(),
  requiredConsents: list(z.enum(DATA_CONSENTS)).optional(),
});

const zRateText = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, "a rate in percent, e.g. 3.85");

/** A product, or a new version of one (the same productKey); checked whole by the use-case, every problem listed. */
export const zMarketProductInput = z.object({
  productKey: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  family: z.enum(MARKET_PRODUCT_FAMILIES),
  subType: z.enum(MARKET_PRODUCT_SUB_TYPES).optional(),
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  eligibility: zEligibilityRulesInput,
  /** Percent a year (rate or premium). */
  rate: z.object({ min: zRateText, max: zRateText }).optional(),
  /**
   * The linked-pricing table the product prices with: a key of the reference market-pricing set (GET
   * /api/market/pricing-templates), e.g. "ccer-future-income-pledge". Its ESG-grade, carbon-grade and disclosure rows
   * make every quote; the product keeps the reference version it named.
   */
  pricingTemplate: z
    .string()
    .regex(/^[a-z0-9-]{2,80}$/)
    .optional(),
  /** Save a version without publishing it. */
  draft: z.boolean().optional(),
});
export type TMarketProductInput = z.infer<typeof zMarketProductInput>;

export const zMarketProductQuery = z.object({
  family: z.enum(MARKET_PRODUCT_FAMILIES).optional(),
  orgId: zId.optional(),
  /** Only the caller's own products, in every status. */
  mine: z.enum(["true", "false"]).optional(),
  /** Retired versions too. */
  includeRetired: z.enum(["true", "false"]).optional(),
});

export const zMarketProduct = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  orgNameEn: z.string(),
  productKey: z.string(),
  version: z.number().int(),
  family: z.enum(MARKET_PRODUCT_FAMILIES),
  subType: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  description: z.string(),
  eligibility: zEligibilityRules,
  rateMin: z.string().nullable(),
  rateMax: z.string().nullable(),
  /** The linked-pricing table, resolved from the reference version the product names; null when it prices freely. */
  pricing: z.object({ ref: z.string(), table: zPricingTable }).nullable(),
  status: z.enum(MARKET_PRODUCT_STATUSES),
  createdAt: zIsoInstant,
  publishedAt: zIsoInstant.nullable(),
  retiredAt: zIsoInstant.nullable(),
});
export type TMarketProduct = z.infer<typeof zMarketProduct>;

/** A linked-pricing table of the reference set an institution may price a product with. */
export const zPricingTemplate = z.object({
  key: z.string(),
  ref: z.string(),
  subType: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  table: zPricingTable,
});
export type TPricingTemplate = z.infer<typeof zPricingTemplate>;
