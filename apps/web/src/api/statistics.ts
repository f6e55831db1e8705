/**
 * The district statistics API as the reporting screens use it: templates, the institutions' reports (save, submit,
 * decide, pre-fill), the Excel workbook and its import, the institution view and the district's targets. Shapes are
 * the contracts' (packages/contracts/src/statistics*.ts); figures stay decimal text end to end.
 */
import type {
  TStatDecisionInput,
  TStatMine,
  TStatPrefill,
  TStatReport,
  TStatReportInput,
  TStatReportSummary,
  TStatTemplate,
  TTargetInput,
  TTargetList,
  TTargetObservationInput,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { currentLang } from "../i18n";
import { api, sendRaw, withQuery } from "./client";

export type StatReportStatus = TStatReportSummary["status"];
export interface StatReportFilters {
  templateRef?: string | undefined;
  period?: string | undefined;
  status?: StatReportStatus | undefined;
}

export const statsApi = {
  templates: () => api.get<TStatTemplate[]>("/api/statistics/templates"),
  reports: (q: StatReportFilters) => api.get<TStatReportSummary[]>("/api/statistics/reports", { query: { ...q } }),
  report: (id: string) => api.get<TStatReport>(`/api/statistics/reports/${id}`),
  prefill: (templateRef: string, period: string) =>
    api.get<TStatPrefill>("/api/statistics/reports/prefill", { query: { templateRef, period } }),
  save: (body: TStatReportInput, csrfToken: string) =>
    sendRaw<TStatReport>("PUT", "/api/statistics/reports", csrfToken, JSON.stringify(body)),
  submit: (id: string) => api.post<TStatReport>(`/api/statistics/reports/${id}/submit`),
  decide: (id: string, body: TStatDecisionInput) =>
    api.post<TStatReport>(`/api/statistics/reports/${id}/decision`, body),
  workbookUrl: (templateRef: string, period: string) =>
    withQuery("/api/statistics/workbook", { templateRef, period, lang: currentLang() === "en" ? "en" : "zh" }),
  /**
   * Multipart field `file` (a workbook names its template and period; a CSV takes them from `target`); answers the
   * saved draft, or a 4xx whose details list every problem.
   */
  importWorkbook: (file: File, csrfToken: string, target?: { templateRef: string; period: string }) => {
    const form = new FormData();
    form.append("file", file, file.name);
    if (target) {
      form.append("templateRef", target.templateRef);
      form.append("period", target.period);
    }
    return sendRaw<unknown>("POST", "/api/statistics/reports/import", csrfToken, form);
  },

  /** The institution's own figures against the district and anonymised peers (month; latest when omitted). */
  mine: (period?: string) => api.get<TStatMine>("/api/statistics/mine", { query: { period } }),

  targets: () => api.get<TTargetList>("/api/statistics/targets"),
  putTarget: (key: string, body: TTargetInput, csrfToken: string) =>
    sendRaw<unknown>("PUT", `/api/statistics/targets/${encodeURIComponent(key)}`, csrfToken, JSON.stringify(body)),
  deleteTarget: (key: string) => api.del<unknown>(`/api/statistics/targets/${encodeURIComponent(key)}`),
  observe: (key: string, body: TTargetObservationInput) =>
    api.post<unknown>(`/api/statistics/targets/${encodeURIComponent(key)}/observations`, body),
  removeObservation: (key: string, year: number) =>
    api.del<unknown>(`/api/statistics/targets/${encodeURIComponent(key)}/observations/${year}`),
};

export const statsKeys = {
  all: ["statistics"] as const,
  templates: ["statistics", "templates"] as const,
  reports: (q: StatReportFilters) => ["statistics", "reports", q] as const,
  report: (id: string) => ["statistics", "report", id] as const,
  mine: (period: string | undefined) => ["statistics", "mine", period ?? ""] as const,
  targets: ["statistics", "targets"] as const,
};

/** The shipped templates: reference data, the same for the whole session. */
export const useStatTemplates = () =>
  useQuery({ queryKey: statsKeys.templates, queryFn: statsApi.templates, staleTime: Number.POSITIVE_INFINITY });

export const useStatReports = (q: StatReportFilters, enabled = true) =>
  useQuery({
    queryKey: statsKeys.reports(q),
    queryFn: () => statsApi.reports(q),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useStatReport = (id: string | null | undefined) =>
  useQuery({ queryKey: statsKeys.report(id ?? ""), queryFn: () => statsApi.report(id ?? ""), enabled: !!id });

export const useMyStatistics = (period: string | undefined) =>
  useQuery({
    queryKey: statsKeys.mine(period),
    queryFn: () => statsApi.mine(period),
    placeholderData: keepPreviousData,
  });

export const useStatTargets = () => useQuery({ queryKey: statsKeys.targets, queryFn: statsApi.targets });
