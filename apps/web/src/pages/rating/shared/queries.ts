import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type OverrideStatus, type ResultQuery, ratingApi } from "../../../api/rating";

/** Query keys of the rating module; everything under "rating" is refreshed after a change. */
export const rk = {
  all: ["rating"] as const,
  methodologies: ["rating", "methodologies"] as const,
  methodology: (ref: string) => ["rating", "methodology", ref] as const,
  runs: ["rating", "runs"] as const,
  run: (id: string) => ["rating", "run", id] as const,
  results: (runId: string, q: ResultQuery) => ["rating", "results", runId, q] as const,
  changes: (runId: string) => ["rating", "changes", runId] as const,
  result: (id: string) => ["rating", "result", id] as const,
  overrides: (status: OverrideStatus | "all") => ["rating", "overrides", status] as const,
  entity: (orgId: string) => ["rating", "entity", orgId] as const,
  controversies: (entityId: string | undefined) => ["rating", "controversies", entityId ?? ""] as const,
  distribution: (methodology: string, runId: string | undefined) =>
    ["rating", "distribution", methodology, runId ?? ""] as const,
};

/** Methodologies are versioned data that never change while the app runs. */
export const useMethodologies = () =>
  useQuery({ queryKey: rk.methodologies, queryFn: ratingApi.methodologies, staleTime: 30 * 60_000 });

export const useMethodologyPage = (ref: string | undefined, publicView = false) =>
  useQuery({
    queryKey: [...rk.methodology(ref ?? ""), publicView ? "public" : "signed-in"],
    queryFn: () => (publicView ? ratingApi.publicMethodology(ref ?? "") : ratingApi.methodology(ref ?? "")),
    enabled: !!ref,
    staleTime: 30 * 60_000,
  });

export const useRuns = (enabled = true) => useQuery({ queryKey: rk.runs, queryFn: ratingApi.runs, enabled });

export const useRun = (id: string | undefined) =>
  useQuery({
    queryKey: rk.run(id ?? ""),
    queryFn: () => ratingApi.run(id ?? ""),
    enabled: !!id,
    // A running run is polled until its job has written every result.
    refetchInterval: (q) => (q.state.data?.status === "running" ? 2000 : false),
  });

export const useRunResults = (runId: string, q: ResultQuery, enabled = true) =>
  useQuery({
    queryKey: rk.results(runId, q),
    queryFn: () => ratingApi.results(runId, q),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useRunChanges = (runId: string, enabled = true) =>
  useQuery({ queryKey: rk.changes(runId), queryFn: () => ratingApi.changes(runId), enabled });

export const useResult = (id: string | undefined) =>
  useQuery({ queryKey: rk.result(id ?? ""), queryFn: () => ratingApi.result(id ?? ""), enabled: !!id });

export const useOverrides = (status: OverrideStatus | "all", enabled = true) =>
  useQuery({
    queryKey: rk.overrides(status),
    queryFn: () => ratingApi.overrides(status === "all" ? undefined : status),
    enabled,
  });

/** Always fetched afresh when a page shows it: a rating may have been published since the home card read it. */
export const useEntityRatings = (orgId: string | undefined) =>
  useQuery({
    queryKey: rk.entity(orgId ?? ""),
    queryFn: () => ratingApi.entity(orgId ?? ""),
    enabled: !!orgId,
    staleTime: 0,
  });

export const useControversies = (entityId: string | undefined, enabled = true) =>
  useQuery({
    queryKey: rk.controversies(entityId),
    queryFn: () => ratingApi.controversies(entityId),
    enabled,
  });

export const useDistribution = (methodology: string | undefined, runId: string | undefined) =>
  useQuery({
    queryKey: rk.distribution(methodology ?? "", runId),
    queryFn: () => ratingApi.distribution(methodology ?? "", runId),
    enabled: !!methodology,
  });
