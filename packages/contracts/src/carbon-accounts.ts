import { z } from "zod";
import { zId } from "./common";

const zYear = z.coerce.number().int().min(2000).max(2100);
const zDecimalText = z.string();

export const zCarbonYearBody = z.object({ year: zYear });
export const zCarbonAccountQuery = z.object({ year: zYear, version: z.coerce.number().int().min(1).optional() });
export const zCarbonAccountParams = z.object({ orgId: zId });

export const zComputedCarbonAccount = z.object({ id: zId, version: z.number().int(), created: z.boolean() });

export const zCarbonAccountYear = z.object({
  year: z.number().int(),
  version: z.number().int(),
  scope1: zDecimalText,
  scope2Location: zDecimalText,
  scope2Market: zDecimalText,
  total: zDecimalText,
  revenueWan: zDecimalText.nullable(),
  valueAddedWan: zDecimalText.nullable(),
  grade: z.number().int().nullable(),
  colour: z.string().nullable(),
});

/** One year's account: the domain's CarbonAccount (every line, factor and trace) travels as it is. */
export const zCarbonAccountDetail = z.looseObject({
  id: zId,
  year: z.number().int(),
  version: z.number().int(),
  calculatedOn: z.string(),
  factorSet: z.string(),
  inputsHash: z.string(),
  accountHash: z.string(),
  // The domain's CarbonAccount, passed through as it is (its shape is the domain's, documented there).
  account: z.custom<object>((v) => typeof v === "object" && v !== null),
  versions: z.array(
    z.object({ version: z.number().int(), calculatedOn: z.string(), factorSet: z.string(), inputsHash: z.string() }),
  ),
  grade: z.custom<object>((v) => typeof v === "object").nullable(),
  ets: z.custom<object>((v) => typeof v === "object").nullable(),
});

export const zEtsAllocationBody = z.object({
  year: zYear,
  allocatedT: z.string().regex(/^\d+(\.\d+)?$/),
  verifiedT: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .nullable()
    .optional(),
  source: z.string().min(1).max(500),
});

export const zCarbonYearQuery = z.object({ year: zYear });

export const zCarbonAccountListRow = z.object({
  orgId: zId,
  nameZh: z.string(),
  nameEn: z.string(),
  industryCode: z.string().nullable(),
  version: z.number().int(),
  scope1: zDecimalText,
  scope2Location: zDecimalText,
  scope2Market: zDecimalText,
  total: zDecimalText,
  valueAddedWan: zDecimalText.nullable(),
  intensityPerValueAdded: zDecimalText.nullable(),
  grade: z.number().int().nullable(),
  colour: z.string().nullable(),
});
