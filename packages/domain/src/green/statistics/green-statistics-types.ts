/**
 * The inputs and outputs of the green-loan statistics (the shape of the central bank's 绿色贷款专项统计), as plain
 * data: the app reads the financings, the catalogue and the GB/T 4754 sections, and the domain adds them up.
 */

/** One loan, bond or policy of an institution's book, with what the statistics need of its linked project. */
export interface StatisticsFinancing {
  readonly id: string;
  readonly institutionId: string;
  /** Principal / face value / sum insured, decimal text in yuan. */
  readonly amount: string;
  /** Balance, decimal text in yuan. */
  readonly outstanding: string;
  /** ISO dates (YYYY-MM-DD). */
  readonly startDate: string;
  readonly maturityDate: string | null;
  /** Level-3 code of the catalogue, or null when the financing is not labelled. */
  readonly categoryCode: string | null;
  /** GB/T 4754 section letter of the financed activity, or null when unknown. */
  readonly section: string | null;
  readonly project: StatisticsProject | null;
}

export interface StatisticsProject {
  readonly id: string;
  /** Expected annual CO2 avoided (tCO2), decimal text; null when the project stated no benefit. */
  readonly expectedCo2T: string | null;
  /** Decimal text in yuan. */
  readonly totalInvestment: string;
  /** The reviewer certified it blue. */
  readonly certifiedBlue: boolean;
}

export interface StatisticsName {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface StatisticsCatalogueNode extends StatisticsName {
  readonly level: number;
  readonly parent: string | null;
}

export interface GreenStatisticsInput {
  readonly year: number;
  readonly financings: readonly StatisticsFinancing[];
  /** The catalogue's nodes (levels 1–3 at least), in catalogue order. */
  readonly catalogue: readonly StatisticsCatalogueNode[];
  /** GB/T 4754 sections A–T in order. */
  readonly sections: readonly StatisticsName[];
  /** Level-3 codes the blue crosswalk links without a condition (see blueOf). */
  readonly blueCodes: ReadonlySet<string>;
  /** Institutions by id, for the per-institution rows; null leaves those rows out (institution scope). */
  readonly institutions: ReadonlyMap<string, { readonly nameZh: string; readonly nameEn: string }> | null;
}

export interface GreenStatisticsCell {
  key: string;
  nameZh: string;
  nameEn: string;
  count: number;
  balance: string;
  granted: string;
  share: string;
  co2AvoidedT: string;
}

export interface GreenStatisticsResult {
  total: GreenStatisticsCell;
  byUse: (GreenStatisticsCell & { children: GreenStatisticsCell[] })[];
  byIndustry: GreenStatisticsCell[];
  byInstitution: GreenStatisticsCell[];
  blue: GreenStatisticsCell;
  unlabelled: { count: number; balance: string };
}
