import { useQuery } from "@tanstack/react-query";
import {
  type DisclosureView,
  disclosuresApi,
  type EntityKind,
  evidenceApi,
  portfolioApi,
} from "../../../api/disclosure";

/** Query keys of the disclosure module; everything under "disclosures" is refreshed after a change. */
export const dk = {
  all: ["disclosures"] as const,
  list: (view: DisclosureView) => ["disclosures", "list", view] as const,
  one: (id: string) => ["disclosures", "one", id] as const,
  template: (id: string) => ["disclosures", "template", id] as const,
  compare: (id: string, left: number | "draft", right: number | "draft") =>
    ["disclosures", "compare", id, left, right] as const,
  evidence: (id: string) => ["disclosures", "evidence", id] as const,
  frameworks: (kind: EntityKind) => ["disclosure-frameworks", kind] as const,
  portfolio: ["portfolio"] as const,
  aggregates: (year: number) => ["portfolio", "aggregates", year] as const,
};

export const useDisclosureList = (view: DisclosureView, enabled = true) =>
  useQuery({ queryKey: dk.list(view), queryFn: () => disclosuresApi.list(view), enabled });

export const useDisclosure = (id: string | undefined, enabled = true) =>
  useQuery({ queryKey: dk.one(id ?? ""), queryFn: () => disclosuresApi.get(id ?? ""), enabled: !!id && enabled });

/** The template depends only on the disclosure's catalogue version and frameworks: keep it. */
export const useTemplate = (id: string | undefined) =>
  useQuery({
    queryKey: dk.template(id ?? ""),
    queryFn: () => disclosuresApi.template(id ?? ""),
    enabled: !!id,
    staleTime: 10 * 60_000,
  });

export const useFrameworks = (kind: EntityKind | null, enabled = true) =>
  useQuery({
    queryKey: dk.frameworks(kind ?? "enterprise"),
    queryFn: () => disclosuresApi.frameworks(kind ?? "enterprise"),
    enabled: !!kind && enabled,
    staleTime: 10 * 60_000,
  });

export const useEvidence = (id: string, enabled = true) =>
  useQuery({ queryKey: dk.evidence(id), queryFn: () => evidenceApi.list(id), enabled });

export const usePortfolio = (enabled = true) =>
  useQuery({ queryKey: dk.portfolio, queryFn: portfolioApi.list, enabled });

export const useAggregates = (year: number) =>
  useQuery({ queryKey: dk.aggregates(year), queryFn: () => portfolioApi.aggregates(year) });
