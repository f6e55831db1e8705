/**
 * What the carbon credit report prints: one stored account version with its grade and ETS position, the
 * enterprise's identity, and its accounts across years. Everything comes from stored records, so the same account
 * gives the same report.
 */
import type { CarbonAccount, EtsPosition } from "@greenfin/domain";

export interface CarbonReportGrade {
  readonly industryGroup: string;
  readonly l: string;
  readonly industryL: string;
  readonly k: string;
  readonly grade: number;
  readonly colour: string;
  readonly explanation: {
    readonly method?: string;
    readonly industryAverage?: { readonly intensity?: string; readonly rule?: string; readonly definition?: string };
    readonly peers?: number;
    readonly level?: { readonly key: string; readonly nameZh: string; readonly nameEn: string };
    readonly colour?: { readonly colour: string; readonly nameZh: string; readonly nameEn: string };
    readonly trace?: readonly string[];
  } | null;
}

export interface CarbonReportEts {
  readonly sector: { readonly key: string; readonly nameZh: string; readonly nameEn: string };
  readonly allocation: {
    readonly allocated: string;
    readonly verified: string;
    readonly verifiedBasis: string;
    readonly source: string;
  } | null;
  readonly position: EtsPosition | null;
}

export interface CarbonReportYear {
  readonly year: number;
  readonly version: number;
  readonly scope1: string;
  readonly scope2Location: string;
  readonly scope2Market: string;
  readonly total: string;
  readonly valueAddedWan: string | null;
  readonly grade: number | null;
  readonly colour: string | null;
}

export interface CarbonReportModel {
  readonly organisation: {
    readonly nameZh: string;
    readonly nameEn: string;
    readonly uscc: string | null;
    readonly industryCode: string | null;
    readonly industryNameZh: string | null;
    readonly industryNameEn: string | null;
  };
  readonly year: number;
  readonly version: number;
  readonly calculatedOn: string;
  readonly factorSet: string;
  readonly inputsHash: string;
  readonly accountHash: string;
  readonly account: CarbonAccount;
  readonly versions: readonly { readonly version: number; readonly calculatedOn: string }[];
  readonly grade: CarbonReportGrade | null;
  readonly ets: CarbonReportEts | null;
  readonly years: readonly CarbonReportYear[];
  /** Activity item code → its names, for the source table. */
  readonly itemNames: Readonly<Record<string, { readonly nameZh: string; readonly nameEn: string }>>;
}
