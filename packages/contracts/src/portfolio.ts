import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { zDisclosureStatus } from "./disclosures";

const zNamedOrg = z.object({ id: zId, nameZh: z.string(), nameEn: z.string() });
/** Decimal text: digits with an optional fraction, never a float. */
const zDecimalText = z.string().regex(/^\d+(\.\d+)?$/, "a decimal number");

export const zPortfolioStatus = z.enum(["invited", "active", "declined", "ended"]);

/** A fund manager's link to a portfolio company: invited, then accepted (active) or declined by the company. */
export const zPortfolioLink = z.object({
  id: zId,
  manager: zNamedOrg,
  company: zNamedOrg,
  fundName: z.string(),
  ownershipPct: z.string(),
  investedCny: z.string(),
  status: zPortfolioStatus,
  invitedAt: zIsoInstant,
  respondedAt: zIsoInstant.nullable(),
});
export type TPortfolioLink = z.infer<typeof zPortfolioLink>;

export const zInvitation = z.object({
  companyUscc: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, "an 18-character unified social credit code"),
  fundName: z.string().trim().min(1).max(200),
  ownershipPct: zDecimalText.refine((v) => Number(v) > 0 && Number(v) <= 100, "between 0 and 100"),
  investedCny: z.string().regex(/^\d+(\.\d{1,2})?$/, "an amount in yuan with at most two decimals"),
});
export type TInvitation = z.infer<typeof zInvitation>;

export const zPortfolioAggregates = z.object({
  year: z.number().int(),
  companies: z.array(
    z.object({
      companyId: zId,
      nameZh: z.string(),
      nameEn: z.string(),
      fundName: z.string(),
      ownershipPct: z.string(),
      disclosureStatus: zDisclosureStatus.nullable(),
    }),
  ),
  metrics: z.array(
    z.object({
      indicatorId: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      unitZh: z.string(),
      unitEn: z.string(),
      sum: z.string(),
      ownershipWeighted: z.string(),
      reported: z.number().int(),
      companies: z.number().int(),
      /** How the stake-weighted figure was computed, step by step. */
      trace: z.array(z.string()),
    }),
  ),
});
export type TPortfolioAggregates = z.infer<typeof zPortfolioAggregates>;
