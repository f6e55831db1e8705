/**
 * The green identification and project library API: the catalogue, the classifier, the benefit calculators, the
 * projects with their lifecycle, documents and benefit reports, and the institutions' labelled financings with
 * their statistics. Every shape is a contract's (packages/contracts/src/green-*.ts).
 */
import type {
  TBenefitReport,
  TBenefitReportBody,
  TBenefitReportRow,
  TClassifyBody,
  TGreenCategoryOption,
  TGreenClassification,
  TGreenFinancingInput,
  TGreenFinancingRow,
  TGreenProjectDecision,
  TGreenProjectDetail,
  TGreenProjectInput,
  TGreenProjectQuery,
  TGreenProjectRow,
  TGreenStatistics,
  zBenefitMethodSet,
  zBenefitPreviewBody,
  zGreenFinancingLabel,
  zGreenFinancingQuery,
  zGreenProjectDocument,
  zGreenStatisticsQuery,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { currentLang } from "../i18n";
import { api, sendRaw, withQuery } from "./client";

export type TBenefitMethodSet = z.infer<typeof zBenefitMethodSet>;
export type TGreenProjectDocument = z.infer<typeof zGreenProjectDocument>;
export type TBenefitPreviewBody = z.input<typeof zBenefitPreviewBody>;
export type TGreenFinancingLabel = z.infer<typeof zGreenFinancingLabel>;
export type TGreenFinancingQuery = z.infer<typeof zGreenFinancingQuery>;
export type TGreenStatisticsQuery = Omit<z.input<typeof zGreenStatisticsQuery>, "year"> & { year: number };
export type GreenProjectFilters = Partial<Omit<TGreenProjectQuery, "lang">>;
export type GreenFinancingFilters = Partial<Omit<TGreenFinancingQuery, "lang">>;

const apiLang = () => (currentLang() === "en" ? "en" : "zh");

const projectBase = (id: string) => `/api/green/projects/${id}`;

export const greenApi = {
  categories: () => api.get<TGreenCategoryOption[]>("/api/green/categories"),
  methods: () => api.get<TBenefitMethodSet>("/api/green/benefit-methods"),
  classify: (body: TClassifyBody) => api.post<TGreenClassification>("/api/green/classify", body),
  previewBenefits: (body: TBenefitPreviewBody) => api.post<TBenefitReport>("/api/green/benefits/preview", body),

  projects: (q: GreenProjectFilters) =>
    api.get<{ items: TGreenProjectRow[]; total: number; page: number; pageSize: number }>("/api/green/projects", {
      query: { ...q, lang: apiLang() },
    }),
  projectsExportUrl: (q: GreenProjectFilters) =>
    withQuery("/api/green/projects/export.xlsx", { ...q, page: undefined, pageSize: undefined, lang: apiLang() }),
  project: (id: string) => api.get<TGreenProjectDetail>(projectBase(id)),
  submit: (body: TGreenProjectInput) => api.post<TGreenProjectDetail>("/api/green/projects", body),
  resubmit: (id: string, body: TGreenProjectInput, csrfToken: string) =>
    sendRaw<TGreenProjectDetail>("PUT", projectBase(id), csrfToken, JSON.stringify(body)),
  decide: (id: string, body: TGreenProjectDecision) =>
    api.post<TGreenProjectDetail>(`${projectBase(id)}/decision`, body),
  withdraw: (id: string, note?: string) => api.post<TGreenProjectDetail>(`${projectBase(id)}/withdraw`, { note }),
  uploadDocument: (id: string, file: File, csrfToken: string) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return sendRaw<TGreenProjectDocument>("POST", `${projectBase(id)}/documents`, csrfToken, form);
  },
  documentUrl: (id: string, documentId: string) => `${projectBase(id)}/documents/${documentId}`,
  reportBenefits: (id: string, body: TBenefitReportBody) =>
    api.post<TBenefitReportRow>(`${projectBase(id)}/benefit-reports`, body),

  financings: (q: GreenFinancingFilters) =>
    api.get<{ items: TGreenFinancingRow[]; total: number; page: number; pageSize: number }>("/api/green/financings", {
      query: { ...q, lang: apiLang() },
    }),
  financingsExportUrl: (q: GreenFinancingFilters) =>
    withQuery("/api/green/financings/export.xlsx", { ...q, page: undefined, pageSize: undefined, lang: apiLang() }),
  recordFinancing: (body: TGreenFinancingInput) => api.post<TGreenFinancingRow>("/api/green/financings", body),
  relabel: (id: string, body: TGreenFinancingLabel) =>
    api.post<TGreenFinancingRow>(`/api/green/financings/${id}/label`, body),
  statistics: (q: TGreenStatisticsQuery) => api.get<TGreenStatistics>("/api/green/statistics", { query: { ...q } }),
  statisticsExportUrl: (q: TGreenStatisticsQuery) =>
    withQuery("/api/green/statistics/export.xlsx", { ...q, lang: apiLang() }),
};

export const greenKeys = {
  all: ["green"] as const,
  projects: (q: GreenProjectFilters) => ["green", "projects", q] as const,
  project: (id: string) => ["green", "project", id] as const,
  financings: (q: GreenFinancingFilters) => ["green", "financings", q] as const,
  statistics: (q: TGreenStatisticsQuery) => ["green", "statistics", q] as const,
};

/** The 2025 catalogue (9 / 38 / 271 nodes): reference data, the same for the whole session. */
export const useGreenCategories = () =>
  useQuery({ queryKey: ["green", "categories"], queryFn: greenApi.categories, staleTime: Number.POSITIVE_INFINITY });

export const useBenefitMethods = () =>
  useQuery({ queryKey: ["green", "benefit-methods"], queryFn: greenApi.methods, staleTime: Number.POSITIVE_INFINITY });

export const useGreenProjects = (q: GreenProjectFilters) =>
  useQuery({
    queryKey: greenKeys.projects(q),
    queryFn: () => greenApi.projects(q),
    placeholderData: keepPreviousData,
  });

export const useGreenProject = (id: string) =>
  useQuery({ queryKey: greenKeys.project(id), queryFn: () => greenApi.project(id), enabled: !!id, retry: false });

export const useGreenFinancings = (q: GreenFinancingFilters) =>
  useQuery({
    queryKey: greenKeys.financings(q),
    queryFn: () => greenApi.financings(q),
    placeholderData: keepPreviousData,
  });

export const useGreenStatistics = (q: TGreenStatisticsQuery) =>
  useQuery({
    queryKey: greenKeys.statistics(q),
    queryFn: () => greenApi.statistics(q),
    placeholderData: keepPreviousData,
  });
