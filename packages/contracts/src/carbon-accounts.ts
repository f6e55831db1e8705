import type { CarbonAccount, EmissionLine, EtsPosition, FactorUse, Intensity, MarketBased } from "@greenfin/domain";
import { z } from "zod";
import { INT4_MAX, zId } from "./common";

const zYear = z.coerce.number().int().min(2000).max(2100);
const zDecimalText = z.string();

export const zCarbonYearBody = z.object({ year: zYear });
export const zCarbonAccountQuery = z.object({
  year: zYear,
  version: z.coerce.number().int().min(1).max(INT4_MAX).optional(),
});
export const zCarbonAccountParams = z.object({ orgId: zId });

export const zComputedCarbonAccount = z.object({ id: zId, version: z.number().int(), created: z.boolean() });
export type TComputedCarbonAccount = z.infer<typeof zComputedCarbonAccount>;

/** An account's headline figures (latest version), as the year list and the district's table show them. */
const zAccountFigures = z.object({
  version: z.number().int(),
  scope1: zDecimalText,
  scope2Location: zDecimalText,
  scope2Market: zDecimalText,
  total: zDecimalText,
  valueAddedWan: zDecimalText.nullable(),
  grade: z.number().int().nullable(),
  colour: z.string().nullable(),
});

/** One of an enterprise's years: its latest account's figures and grade. */
export const zCarbonAccountYear = zAccountFigures.extend({
  year: z.number().int(),
  revenueWan: zDecimalText.nullable(),
});
export type TCarbonAccountYear = z.infer<typeof zCarbonAccountYear>;

/** One emission factor as a figure used it (domain FactorUse): id, value and unit, version, source, verification. */
export const zFactorUse = z.object({
  id: z.string(),
  value: zDecimalText,
  unit: z.string(),
  factorSet: z.string(),
  level: z.string(),
  year: z.number().int().nullable(),
  source: z.string(),
  verification: z.string(),
  unverified: z.boolean(),
});
export type TFactorUse = z.infer<typeof zFactorUse>;

const zTexts = z.array(z.string()).readonly();

/** One figure of an account (domain EmissionLine): an item's activity in a month, its factors, formula, result. */
export const zEmissionLine = z.object({
  scope: z.enum(["scope1", "scope2_location", "scope2_market", "scope3"]),
  category: z.enum(["combustion", "process", "electricity", "heat", "spend"]),
  item: z.string(),
  period: z.string(),
  activity: z.object({ quantity: zDecimalText, unit: z.string() }),
  rowKeys: zTexts,
  factors: z.array(zFactorUse).readonly(),
  emissions: zDecimalText,
  formula: z.string(),
  trace: zTexts,
});
export type TEmissionLine = z.infer<typeof zEmissionLine>;

export const zCarbonIntensity = z.object({
  value: zDecimalText.nullable(),
  unit: z.string(),
  denominator: z.object({ quantity: zDecimalText, unit: z.string() }).nullable(),
  note: z.string(),
});
export type TCarbonIntensity = z.infer<typeof zCarbonIntensity>;

const zBilingualName = z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() });

/** An enterprise's account for a year, as the domain computes it (CarbonAccount): totals, lines, factors, traces. */
export const zCarbonAccount = z.object({
  enterpriseId: z.string(),
  industryCode: z.string().nullable(),
  province: zBilingualName.nullable(),
  year: z.number().int(),
  calculatedOn: z.string(),
  method: z.string(),
  factorSet: z.string(),
  inputsHash: z.string(),
  totals: z.object({
    scope1: zDecimalText,
    scope1Combustion: zDecimalText,
    scope1Process: zDecimalText,
    scope2Location: zDecimalText,
    scope2Market: zDecimalText,
    scope3: zDecimalText.nullable(),
    totalLocationBased: zDecimalText,
    totalMarketBased: zDecimalText,
    unit: z.literal("tCO2"),
  }),
  lines: z.array(zEmissionLine).readonly(),
  byMonth: z
    .array(
      z.object({
        month: z.string(),
        scope1: zDecimalText,
        scope2Location: zDecimalText,
        scope3: zDecimalText,
        total: zDecimalText,
      }),
    )
    .readonly(),
  byItem: z.array(z.object({ item: z.string(), scope: z.string(), emissions: zDecimalText })).readonly(),
  marketBased: z.object({
    electricityMWh: zDecimalText,
    greenPowerMWh: zDecimalText,
    greenCertificateMWh: zDecimalText,
    deductedMWh: zDecimalText,
    excessMWh: zDecimalText,
    remainderMWh: zDecimalText,
    residualFactor: zFactorUse,
    lines: z.array(zEmissionLine).readonly(),
    trace: zTexts,
  }),
  intensities: z.object({
    perRevenue: zCarbonIntensity,
    perValueAdded: zCarbonIntensity,
    perProductOutput: zCarbonIntensity,
  }),
  warnings: zTexts,
});
export type TCarbonAccount = z.infer<typeof zCarbonAccount>;

/** How a grade was reached, as the district's run stored it (every part optional: older runs may say less). */
export const zCarbonGradeExplanation = z.object({
  method: z.string().optional(),
  industryAverage: z
    .object({
      intensity: zDecimalText.optional(),
      rule: z.string().optional(),
      definition: z.string().optional(),
      totalCo2: zDecimalText.optional(),
      totalValueAdded: zDecimalText.optional(),
    })
    .optional(),
  peers: z.number().int().optional(),
  level: zBilingualName.optional(),
  colour: z.object({ colour: z.string(), nameZh: z.string(), nameEn: z.string() }).optional(),
  trace: zTexts.optional(),
});
export type TCarbonGradeExplanation = z.infer<typeof zCarbonGradeExplanation>;

/** The year's carbon-efficiency grade: L, the industry's L, K = L ÷ industry L, grade 1 (best) … 5 and its colour. */
export const zCarbonGrade = z.object({
  industryGroup: z.string(),
  l: zDecimalText,
  industryL: zDecimalText,
  k: zDecimalText,
  grade: z.number().int(),
  colour: z.string(),
  explanation: zCarbonGradeExplanation.nullable(),
});
export type TCarbonGrade = z.infer<typeof zCarbonGrade>;

/** An enterprise in a sector the national ETS covers: its allowances, verified emissions and position. */
export const zCarbonEts = z.object({
  sector: zBilingualName.extend({
    coveredFrom: z.string(),
    gbt4754: zTexts,
    source: z.string().optional(),
    verification: z.string().optional(),
    status: z.string().optional(),
  }),
  allocation: z
    .object({ allocated: zDecimalText, verified: zDecimalText, verifiedBasis: z.string(), source: z.string() })
    .nullable(),
  position: z
    .object({
      balance: zDecimalText,
      position: z.enum(["surplus", "deficit", "balanced"]),
      price: z.object({
        year: z.number().int(),
        basis: z.enum(["annual_average", "year_end_close"]),
        value: zDecimalText,
        unit: z.string(),
        source: z.string(),
        verification: z.string(),
      }),
      value: zDecimalText,
      trace: zTexts,
    })
    .nullable(),
});
export type TCarbonEts = z.infer<typeof zCarbonEts>;

/**
 * The response serialiser keeps only the fields a schema names: were the domain to add a field to an account and
 * not here, the API would drop it without a word. This does not compile until each domain field is named above.
 */
type Unnamed<Schema, Domain> = Exclude<keyof Domain, keyof Schema>;
type Holds<T extends true> = T;
export type CarbonAccountFieldsNamed = Holds<
  [
    Unnamed<TCarbonAccount, CarbonAccount>,
    Unnamed<TCarbonAccount["totals"], CarbonAccount["totals"]>,
    Unnamed<TCarbonAccount["marketBased"], MarketBased>,
    Unnamed<TCarbonIntensity, Intensity>,
    Unnamed<TEmissionLine, EmissionLine>,
    Unnamed<TFactorUse, FactorUse>,
    Unnamed<NonNullable<TCarbonEts["position"]>, EtsPosition>,
  ] extends [never, never, never, never, never, never, never]
    ? true
    : false
>;

/** One year's account (latest version unless one is asked for), its versions, grade and ETS position. */
export const zCarbonAccountDetail = z.object({
  id: zId,
  year: z.number().int(),
  version: z.number().int(),
  calculatedOn: z.string(),
  factorSet: z.string(),
  inputsHash: z.string(),
  accountHash: z.string(),
  account: zCarbonAccount,
  versions: z.array(
    z.object({ version: z.number().int(), calculatedOn: z.string(), factorSet: z.string(), inputsHash: z.string() }),
  ),
  grade: zCarbonGrade.nullable(),
  ets: zCarbonEts.nullable(),
});
export type TCarbonAccountDetail = z.infer<typeof zCarbonAccountDetail>;

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

/** One enterprise's account in a year's list (the district's, or a grantee's). */
export const zCarbonAccountListRow = zAccountFigures.extend({
  orgId: zId,
  nameZh: z.string(),
  nameEn: z.string(),
  industryCode: z.string().nullable(),
  intensityPerValueAdded: zDecimalText.nullable(),
});
export type TCarbonAccountListRow = z.infer<typeof zCarbonAccountListRow>;

/** The regional grids the factor set names (a province's grid, when its own factor is missing). */
const GRIDS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  north: ["华北电网", "North China grid"],
  northeast: ["东北电网", "Northeast China grid"],
  east: ["华东电网", "East China grid"],
  central: ["华中电网", "Central China grid"],
  northwest: ["西北电网", "Northwest China grid"],
  south: ["南方电网", "China Southern grid"],
  southwest: ["西南电网", "Southwest China grid"],
};

export interface CarbonWarningNames {
  /** An activity item's names ("electricity" → 外购电力 / Purchased electricity). */
  item(code: string): { readonly zh: string; readonly en: string };
  /** The account's province, whose English name the domain's sentence carries. */
  readonly province: { readonly nameZh: string; readonly nameEn: string } | null;
}

/**
 * An account's warning in Chinese and English. The domain writes its warnings as English sentences, stored and
 * hashed with the account; this reads the ones it knows back (an UNVERIFIED factor, a factor of an earlier year, the
 * Scope 3 estimate, green instruments beyond the electricity used) so a screen or a report can say them in either
 * language. A sentence it does not know is returned as it is, in both.
 */
export function describeCarbonWarning(text: string, names: CarbonWarningNames): { zh: string; en: string } {
  const unverified = /^(\S+) is UNVERIFIED \(([^)]+)\): (.*)$/s.exec(text);
  if (unverified) {
    const [, factor = "", item = "", note = ""] = unverified;
    const n = names.item(item);
    return {
      zh: `${n.zh}：因子 ${factor} 未经核验（${note}），相关数字仅供参考`,
      en: `${n.en}: factor ${factor} is UNVERIFIED (${note}); figures using it are indicative`,
    };
  }
  const earlier =
    /^([^:]+): (national|provincial \((.+)\)|regional grid \((.+)\)): no (\d{4}) factor; latest earlier year (\d{4}) used$/.exec(
      text,
    );
  if (earlier) {
    const [, item = "", , province, grid, year, used] = earlier;
    const n = names.item(item);
    const p = province !== undefined && names.province?.nameEn === province ? names.province : null;
    const g = grid !== undefined ? GRIDS[grid] : undefined;
    const zhLevel =
      province !== undefined ? `${p?.nameZh ?? province}省级` : grid !== undefined ? (g?.[0] ?? grid) : "全国";
    const enLevel =
      province !== undefined
        ? `provincial (${province})`
        : grid !== undefined
          ? (g?.[1] ?? `${grid} grid`)
          : "national";
    return {
      zh: `${n.zh}：${zhLevel}因子尚无 ${year} 年数据，采用最近年份 ${used} 年的因子`,
      en: `${n.en}: no ${year} ${enLevel} factor yet; the latest earlier one, ${used}, is used`,
    };
  }
  if (text === "Scope 3 by spend uses illustrative estimates, reported apart from Scope 1+2")
    return {
      zh: "范围三按支出估算，仅为示意性估计，单独列示，不计入范围一、二合计",
      en: "Scope 3 by spend is an illustrative estimate, reported apart from Scope 1 + 2",
    };
  const excess = /^green instruments exceed electricity by (\S+) MWh$/.exec(text);
  if (excess)
    return {
      zh: `绿电交易与绿证电量超出外购电量 ${excess[1]} MWh（超出部分不结转）`,
      en: `green power and certificates exceed the electricity used by ${excess[1]} MWh (the excess is not carried)`,
    };
  return { zh: text, en: text };
}
