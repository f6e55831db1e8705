/**
 * Everything a disclosure report shows, as plain data: built by the report use-case from a submitted revision and
 * the catalogue, rendered to HTML or PDF without touching the database. One report covers one framework.
 */
import type { Bilingual } from "../../reports/report-words";

export type { Bilingual, ReportLang } from "../../reports/report-words";

export interface ReportValueLine {
  /** "" for the total; otherwise the breakdown member's label, e.g. { zh: "女", en: "Female" }. */
  readonly dimensionLabel: Bilingual | null;
  /** The value as it should be printed (numbers already formatted with thousands separators; booleans as 是/否). */
  readonly display: Bilingual;
  /** Unit label of the printed value, e.g. { zh: "吨二氧化碳当量", en: "tCO2e" }; null when unitless. */
  readonly unit: Bilingual | null;
  /** The value as entered, when it was converted (e.g. "12,000 MWh" → 1,474.8 tce). */
  readonly entered: string | null;
}

export interface ReportIndicatorRow {
  readonly indicatorId: string;
  readonly name: Bilingual;
  /** Framework clause, e.g. "S2.29(a)", "第二十一条", "KPI A1.2". */
  readonly clause: string;
  readonly level: "mandatory" | "comply_or_explain" | "conditional" | "voluntary";
  /** Empty when not disclosed. */
  readonly values: readonly ReportValueLine[];
  /** Why not disclosed (the organisation's own words), when `values` is empty; null if no reason was given. */
  readonly notDisclosedReason: string | null;
  /** Evidence files attached to the indicator (names only). */
  readonly evidence: readonly string[];
}

export interface ReportSection {
  /** The framework's own grouping where the catalogue has one, else the indicator topic. */
  readonly title: Bilingual;
  readonly rows: readonly ReportIndicatorRow[];
}

export interface DisclosureReportModel {
  readonly organisation: { readonly nameZh: string; readonly nameEn: string; readonly uscc: string | null };
  readonly framework: { readonly code: string; readonly name: Bilingual; readonly issuer: string };
  readonly period: { readonly start: string; readonly end: string; readonly year: number };
  readonly revision: number;
  readonly status: string;
  readonly catalogueVersion: string;
  /** ISO timestamp of the revision's submission, and of its acceptance/publication if any. */
  readonly submittedAt: string;
  readonly decidedAt: string | null;
  readonly completeness: {
    readonly mandatoryFilled: number;
    readonly mandatoryTotal: number;
    readonly allFilled: number;
    readonly allTotal: number;
  };
  readonly sections: readonly ReportSection[];
  /** ISO timestamp the report was generated (passed in, so rendering stays deterministic). */
  readonly generatedAt: string;
  /** sha256 of the revision's canonical values, printed so a reader can check the report against the record. */
  readonly valuesHash: string;
}
