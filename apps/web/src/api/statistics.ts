/**
 * The district statistics API as the reporting screens use it: templates, the institutions' reports (save, submit,
 * decide, pre-fill), the Excel workbook and its import, the institution view and the district's targets. Shapes are
 * the contracts' (packages/contracts/src/statistics*.ts); figures stay decimal text end to end.
 */
import {
  CSRF_HEADER,
  type TStatDecisionInput,
  type TStatMine,
  type TStatPrefill,
  type TStatReport,
  type TStatReportInput,
  type TStatReportSummary,
  type TStatTemplate,
  type TTargetInput,
  type TTargetList,
  type TTargetObservationInput,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { currentLang } from "../i18n";
import { ApiError, api, withQuery } from "./client";

export type StatReportStatus = TStatReportSummary["status"];
export interface StatReportFilters {
  templateRef?: string | undefined;
  period?: string | undefined;
  status?: StatReportStatus | undefined;
}

/** A request the shared client has no verb for (PUT) or a multipart body: same headers, same error shape. */
export async function sendRaw<T>(method: string, path: string, csrfToken: string, body?: BodyInit): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLang(),
    [CSRF_HEADER]: csrfToken,
  };
  if (typeof body === "string") headers["Content-Type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body ?? null, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK", "", null);
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    const b = (parsed ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(res.status, b.code ?? `HTTP_${res.status}`, b.message ?? res.statusText, b.details);
  }
  return parsed as T;
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
