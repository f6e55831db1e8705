/**
 * The carbon-account API: yearly accounts (list, years, one account with its lines, factors and traces), the
 * recalculation, the district's yearly run (a job), the report PDF and the activity data behind the accounts.
 * The account's shape is the domain's CarbonAccount, mirrored here (the web app talks to the server over HTTP only).
 */
import { type TJob, zJob } from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, withQuery } from "./client";
import { type UploadOptions, uploadRaw, XLSX_MEDIA_TYPE } from "./disclosure";

export interface CarbonAccountListRow {
  orgId: string;
  nameZh: string;
  nameEn: string;
  industryCode: string | null;
  version: number;
  scope1: string;
  scope2Location: string;
  scope2Market: string;
  total: string;
  valueAddedWan: string | null;
  intensityPerValueAdded: string | null;
  grade: number | null;
  colour: string | null;
}

export interface CarbonAccountYear {
  year: number;
  version: number;
  scope1: string;
  scope2Location: string;
  scope2Market: string;
  total: string;
  revenueWan: string | null;
  valueAddedWan: string | null;
  grade: number | null;
  colour: string | null;
}

export interface FactorUse {
  id: string;
  value: string;
  unit: string;
  factorSet: string;
  level: string;
  year: number | null;
  source: string;
  verification: string;
  unverified: boolean;
}

export interface EmissionLine {
  scope: "scope1" | "scope2_location" | "scope2_market" | "scope3";
  category: string;
  item: string;
  period: string;
  activity: { quantity: string; unit: string };
  rowKeys: string[];
  factors: FactorUse[];
  emissions: string;
  formula: string;
  trace: string[];
}

export interface Intensity {
  value: string | null;
  unit: string;
  denominator: { quantity: string; unit: string } | null;
  note: string;
}

export interface CarbonAccount {
  enterpriseId: string;
  industryCode: string | null;
  province: { key: string; nameZh: string; nameEn: string } | null;
  year: number;
  calculatedOn: string;
  method: string;
  factorSet: string;
  inputsHash: string;
  totals: {
    scope1: string;
    scope1Combustion: string;
    scope1Process: string;
    scope2Location: string;
    scope2Market: string;
    scope3: string | null;
    totalLocationBased: string;
    totalMarketBased: string;
    unit: "tCO2";
  };
  lines: EmissionLine[];
  byMonth: { month: string; scope1: string; scope2Location: string; scope3: string; total: string }[];
  byItem: { item: string; scope: string; emissions: string }[];
  marketBased: {
    electricityMWh: string;
    greenPowerMWh: string;
    greenCertificateMWh: string;
    deductedMWh: string;
    excessMWh: string;
    remainderMWh: string;
    residualFactor: FactorUse;
    lines: EmissionLine[];
    trace: string[];
  };
  intensities: { perRevenue: Intensity; perValueAdded: Intensity; perProductOutput: Intensity };
  warnings: string[];
}

export interface CarbonGrade {
  industryGroup: string;
  l: string;
  industryL: string;
  k: string;
  grade: number;
  colour: string;
  explanation: {
    method?: string;
    industryAverage?: { intensity?: string; rule?: string; definition?: string };
    peers?: number;
    level?: { key: string; nameZh: string; nameEn: string };
    colour?: { colour: string; nameZh: string; nameEn: string };
    trace?: string[];
  } | null;
}

export interface EtsInfo {
  sector: { key: string; nameZh: string; nameEn: string };
  allocation: { allocated: string; verified: string; verifiedBasis: string; source: string } | null;
  position: {
    balance: string;
    position: "surplus" | "deficit" | "balanced";
    price: { year: number; basis: string; value: string; unit: string; source: string; verification: string };
    value: string;
    trace: string[];
  } | null;
}

export interface CarbonAccountDetail {
  id: string;
  year: number;
  version: number;
  calculatedOn: string;
  factorSet: string;
  inputsHash: string;
  accountHash: string;
  account: CarbonAccount;
  versions: { version: number; calculatedOn: string; factorSet: string; inputsHash: string }[];
  grade: CarbonGrade | null;
  ets: EtsInfo | null;
}

export interface ActivityImportResult {
  importId: string;
  channel: string;
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  enterprises: number;
  repeatOf: string | null;
  contentHash: string;
}

export interface ActivityProblem {
  code: string;
  path: string;
  row: number | null;
  column: string | null;
  messageZh: string;
  messageEn: string;
}

export interface ActivityList {
  enterpriseId: string;
  year: number;
  rows: {
    meter: string;
    month: string;
    item: string;
    quantity: string;
    unit: string;
    workingQuantity: string | null;
    workingUnit: string;
    note: string | null;
    updatedAt: string;
  }[];
}

const accountBase = (orgId: string) => `/api/carbon/accounts/${orgId}`;

export const carbonApi = {
  list: (year: number) => api.get<CarbonAccountListRow[]>("/api/carbon/accounts", { query: { year } }),
  years: (orgId: string) => api.get<CarbonAccountYear[]>(`${accountBase(orgId)}/years`),
  account: (orgId: string, year: number, version?: number) =>
    api.get<CarbonAccountDetail>(accountBase(orgId), { query: { year, version } }),
  calculate: (orgId: string, year: number) =>
    api.post<{ id: string; version: number; created: boolean }>(`${accountBase(orgId)}/calculate`, { year }),
  run: (year: number) => api.post<TJob>("/api/carbon/accounts/run", { year }, { schema: zJob }),
  reportUrl: (orgId: string, year: number, lang: "zh" | "en", version?: number) =>
    withQuery(`${accountBase(orgId)}/report.pdf`, { year, lang, version }),
  activity: (orgId: string, year: number) =>
    api.get<ActivityList>(`/api/carbon/activity/${orgId}`, { query: { year } }),
  importFile: (file: File, opts: UploadOptions) => {
    const xlsx = /\.xlsx$/i.test(file.name);
    return uploadRaw<ActivityImportResult>(
      withQuery("/api/carbon/activity/import", { format: xlsx ? "xlsx" : "csv", fileName: file.name }),
      file,
      xlsx ? XLSX_MEDIA_TYPE : "text/csv",
      opts,
    );
  },
};

export const carbonKeys = {
  all: ["carbon"] as const,
  list: (year: number) => ["carbon", "list", year] as const,
  years: (orgId: string) => ["carbon", "years", orgId] as const,
  account: (orgId: string, year: number, version?: number) => ["carbon", "account", orgId, year, version] as const,
  activity: (orgId: string, year: number) => ["carbon", "activity", orgId, year] as const,
};

export const useCarbonList = (year: number) =>
  useQuery({ queryKey: carbonKeys.list(year), queryFn: () => carbonApi.list(year), placeholderData: keepPreviousData });

export const useCarbonYears = (orgId: string) =>
  useQuery({ queryKey: carbonKeys.years(orgId), queryFn: () => carbonApi.years(orgId), enabled: !!orgId });

export const useCarbonAccount = (orgId: string, year: number | undefined, version?: number) =>
  useQuery({
    queryKey: carbonKeys.account(orgId, year ?? 0, version),
    queryFn: () => carbonApi.account(orgId, year ?? 0, version),
    enabled: !!orgId && year !== undefined,
    retry: false,
  });

export const useCarbonActivity = (orgId: string, year: number) =>
  useQuery({ queryKey: carbonKeys.activity(orgId, year), queryFn: () => carbonApi.activity(orgId, year) });
