/**
 * The carbon-account API: yearly accounts (list, years, one account with its lines, factors and traces), the
 * recalculation, the district's yearly run (a job), the report PDF and the activity data behind the accounts.
 * Every shape is a contract's (packages/contracts: carbon-accounts.ts, carbon-activity.ts).
 */
import {
  type TActivityImportResult,
  type TActivityItemOptions,
  type TActivityList,
  type TActivityRowInput,
  type TCarbonAccountDetail,
  type TCarbonAccountListRow,
  type TCarbonAccountYear,
  type TComputedCarbonAccount,
  type TJob,
  zJob,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, withQuery } from "./client";
import { type UploadOptions, uploadRaw, XLSX_MEDIA_TYPE } from "./disclosure";

const accountBase = (orgId: string) => `/api/carbon/accounts/${orgId}`;

export const carbonApi = {
  list: (year: number) => api.get<TCarbonAccountListRow[]>("/api/carbon/accounts", { query: { year } }),
  years: (orgId: string) => api.get<TCarbonAccountYear[]>(`${accountBase(orgId)}/years`),
  account: (orgId: string, year: number, version?: number) =>
    api.get<TCarbonAccountDetail>(accountBase(orgId), { query: { year, version } }),
  calculate: (orgId: string, year: number) =>
    api.post<TComputedCarbonAccount>(`${accountBase(orgId)}/calculate`, { year }),
  run: (year: number) => api.post<TJob>("/api/carbon/accounts/run", { year }, { schema: zJob }),
  reportUrl: (orgId: string, year: number, lang: "zh" | "en", version?: number) =>
    withQuery(`${accountBase(orgId)}/report.pdf`, { year, lang, version }),
  activity: (orgId: string, year: number) =>
    api.get<TActivityList>(`/api/carbon/activity/${orgId}`, { query: { year } }),
  itemOptions: () => api.get<TActivityItemOptions>("/api/carbon/activity-items"),
  addRows: (rows: TActivityRowInput[]) => api.post<TActivityImportResult>("/api/carbon/activity", { rows }),
  importFile: (file: File, opts: UploadOptions) => {
    const xlsx = /\.xlsx$/i.test(file.name);
    return uploadRaw<TActivityImportResult>(
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

/** The activity items and their units: reference data, the same for the whole session. */
export const useActivityItems = () =>
  useQuery({
    queryKey: ["carbon", "activity-items"],
    queryFn: carbonApi.itemOptions,
    staleTime: Number.POSITIVE_INFINITY,
  });
