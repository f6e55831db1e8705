/**
 * What the carbon credit report prints: one stored account version with its grade and ETS position, the
 * enterprise's identity, and its accounts across years. Everything comes from stored records, so the same account
 * gives the same report.
 */
import type { TCarbonAccountYear, TCarbonEts, TCarbonGrade } from "@greenfin/contracts";
import type { CarbonAccount } from "@greenfin/domain";

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
  /** The grade and the ETS position as the account's reader returns them (and the API sends them). */
  readonly grade: TCarbonGrade | null;
  readonly ets: TCarbonEts | null;
  /** The enterprise's accounts across years, latest version of each. */
  readonly years: readonly TCarbonAccountYear[];
  /** Activity item code → its names, for the source table. */
  readonly itemNames: Readonly<Record<string, { readonly nameZh: string; readonly nameEn: string }>>;
}
