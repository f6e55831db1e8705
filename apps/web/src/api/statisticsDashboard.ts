/**
 * The district statistics dashboard: headline and trends, drill-downs, one institution's breakdown, rankings, the
 * cross-module panels, the targets, the briefing PDF, and the public zone page. Shapes are the contracts'
 * (packages/contracts/src/statistics-dashboard.ts, statistics-targets.ts).
 */
import type {
  TPublicZone,
  TStatDashboard,
  TStatDrill,
  TStatDrillQuery,
  TStatInstitution,
  TStatModules,
  TStatRanking,
  TStatRankingQuery,
  TTargetList,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, withQuery } from "./client";

const base = "/api/statistics/dashboard";

export const statDashApi = {
  dashboard: (period?: string) => api.get<TStatDashboard>(base, { query: { period } }),
  drill: (q: TStatDrillQuery) => api.get<TStatDrill>(`${base}/drill`, { query: { ...q } }),
  institution: (orgId: string, period?: string) =>
    api.get<TStatInstitution>(`${base}/institutions/${orgId}`, { query: { period } }),
  rankings: (q: TStatRankingQuery) => api.get<TStatRanking>(`${base}/rankings`, { query: { ...q } }),
  modules: () => api.get<TStatModules>(`${base}/modules`),
  targets: () => api.get<TTargetList>("/api/statistics/targets"),
  briefingUrl: (period: string) => withQuery("/api/statistics/briefing.pdf", { period }),
  /** No login: the zone's aggregates, targets and published methodologies. */
  zone: () => api.get<TPublicZone>("/api/public/zone", { quiet401: true }),
};

/** Every key starts with "statistics" so a decision on a report can refresh the whole dashboard. */
export const statDashKeys = {
  dashboard: (period?: string) => ["statistics", "dashboard", period ?? "latest"] as const,
  drill: (q: TStatDrillQuery) => ["statistics", "drill", q] as const,
  institution: (orgId: string, period?: string) => ["statistics", "institution", orgId, period ?? "latest"] as const,
  rankings: (q: TStatRankingQuery) => ["statistics", "rankings", q] as const,
  modules: ["statistics", "modules"] as const,
  targets: ["statistics", "targets"] as const,
  zone: ["public", "zone"] as const,
};

export const useStatDashboard = (period?: string, enabled = true) =>
  useQuery({
    queryKey: statDashKeys.dashboard(period),
    queryFn: () => statDashApi.dashboard(period),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useStatDrill = (q: TStatDrillQuery | null) =>
  useQuery({
    queryKey: statDashKeys.drill(q ?? { metric: "", period: "", by: "institution", basis: "period" }),
    queryFn: () => statDashApi.drill(q as TStatDrillQuery),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });

export const useStatInstitution = (orgId: string, period?: string, enabled = true) =>
  useQuery({
    queryKey: statDashKeys.institution(orgId, period),
    queryFn: () => statDashApi.institution(orgId, period),
    enabled: enabled && orgId !== "",
  });

export const useStatRankings = (q: TStatRankingQuery | null) =>
  useQuery({
    queryKey: statDashKeys.rankings(q ?? { metric: "", period: "", basis: "period", by: "value" }),
    queryFn: () => statDashApi.rankings(q as TStatRankingQuery),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });

export const useStatModules = () => useQuery({ queryKey: statDashKeys.modules, queryFn: statDashApi.modules });

export const useStatTargets = () => useQuery({ queryKey: statDashKeys.targets, queryFn: statDashApi.targets });

export const usePublicZone = () => useQuery({ queryKey: statDashKeys.zone, queryFn: statDashApi.zone });
