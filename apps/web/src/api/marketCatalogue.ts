/**
 * The marketplace's desk side over HTTP: the product catalogue and its pricing templates, the carbon-asset registry
 * (holdings, pledges, release, margin calls), the service-level compliance, the district overview and the interest
 * subsidies. Every shape is a contract's (packages/contracts/src/market-*.ts, carbon-assets.ts, subsidies.ts).
 */
import type {
  MARKET_PRODUCT_FAMILIES,
  PLEDGE_STATUSES,
  SUBSIDY_APPLICATION_STATUSES,
  TCarbonHolding,
  TCarbonHoldingInput,
  TCarbonPledge,
  TCarbonPledgeInput,
  TMarginCheck,
  TMarketOverview,
  TMarketProduct,
  TMarketProductInput,
  TPricingTemplate,
  TServiceLevelCompliance,
  TSubsidyApplication,
  TSubsidyApplicationInput,
  TSubsidyProgramme,
  TSubsidyProgrammeInput,
  TSubsidyUsage,
} from "@greenfin/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "./client";

export type MarketFamily = (typeof MARKET_PRODUCT_FAMILIES)[number];
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];
export type SubsidyApplicationStatus = (typeof SUBSIDY_APPLICATION_STATUSES)[number];

/** The catalogue's filters: a family, one institution, only the caller's own (every status), retired versions too. */
export interface ProductQuery {
  family?: MarketFamily;
  orgId?: string;
  mine?: boolean;
  includeRetired?: boolean;
}

export interface PledgeQuery {
  status?: PledgeStatus;
  holdingId?: string;
  orgId?: string;
}

const flag = (b: boolean | undefined) => (b ? "true" : undefined);

export const marketCatalogueApi = {
  products: (q: ProductQuery = {}) =>
    api.get<TMarketProduct[]>("/api/market/products", {
      query: { family: q.family, orgId: q.orgId, mine: flag(q.mine), includeRetired: flag(q.includeRetired) },
    }),
  publishProduct: (body: TMarketProductInput) => api.post<TMarketProduct>("/api/market/products", body),
  pricingTemplates: () => api.get<TPricingTemplate[]>("/api/market/pricing-templates"),

  holdings: (orgId?: string) => api.get<TCarbonHolding[]>("/api/carbon-assets/holdings", { query: { orgId } }),
  recordHolding: (body: TCarbonHoldingInput) => api.post<TCarbonHolding>("/api/carbon-assets/holdings", body),
  pledges: (q: PledgeQuery = {}) => api.get<TCarbonPledge[]>("/api/carbon-assets/pledges", { query: { ...q } }),
  registerPledge: (body: TCarbonPledgeInput) => api.post<TCarbonPledge>("/api/carbon-assets/pledges", body),
  releasePledge: (pledgeId: string, note?: string) =>
    api.post<TCarbonPledge>(`/api/carbon-assets/pledges/${pledgeId}/release`, { note }),
  marginCalls: (asOf?: string) => api.get<TMarginCheck>("/api/carbon-assets/margin-calls", { query: { asOf } }),

  compliance: (asOf?: string) => api.get<TServiceLevelCompliance>("/api/market/compliance", { query: { asOf } }),
  overview: () => api.get<TMarketOverview>("/api/market/overview"),

  programmes: () => api.get<TSubsidyProgramme[]>("/api/subsidies/programmes"),
  createProgramme: (body: TSubsidyProgrammeInput) => api.post<TSubsidyProgramme>("/api/subsidies/programmes", body),
  openProgramme: (id: string) => api.post<TSubsidyProgramme>(`/api/subsidies/programmes/${id}/open`),
  closeProgramme: (id: string) => api.post<TSubsidyProgramme>(`/api/subsidies/programmes/${id}/close`),
  programmeUsage: (id: string) => api.get<TSubsidyUsage>(`/api/subsidies/programmes/${id}/usage`),
  applications: (q: { programmeId?: string; status?: SubsidyApplicationStatus } = {}) =>
    api.get<TSubsidyApplication[]>("/api/subsidies/applications", { query: { ...q } }),
  apply: (body: TSubsidyApplicationInput) => api.post<TSubsidyApplication>("/api/subsidies/applications", body),
  decide: (id: string, decision: "approve" | "reject", note?: string) =>
    api.post<TSubsidyApplication>(`/api/subsidies/applications/${id}/decision`, { decision, note }),
  markPaid: (id: string, paymentReference: string) =>
    api.post<TSubsidyApplication>(`/api/subsidies/applications/${id}/paid`, { paymentReference }),
};

export const marketCatalogueKeys = {
  products: (q: ProductQuery) => ["market", "products", q] as const,
  productsAll: ["market", "products"] as const,
  pricingTemplates: ["market", "pricing-templates"] as const,
  holdings: ["carbon-assets", "holdings"] as const,
  pledges: ["carbon-assets", "pledges"] as const,
  marginCalls: ["carbon-assets", "margin-calls"] as const,
  carbonAssets: ["carbon-assets"] as const,
  compliance: ["market", "compliance"] as const,
  overview: ["market", "overview"] as const,
  subsidies: ["subsidies"] as const,
};

/** Published products (or, with `mine`, the caller's own in every status). */
export const useProducts = (q: ProductQuery = {}) =>
  useQuery({
    queryKey: marketCatalogueKeys.products(q),
    queryFn: () => marketCatalogueApi.products(q),
    placeholderData: keepPreviousData,
  });

/** The reference market-pricing set's tables an institution may price a product with; reference data. */
export const usePricingTemplates = () =>
  useQuery({
    queryKey: marketCatalogueKeys.pricingTemplates,
    queryFn: marketCatalogueApi.pricingTemplates,
    staleTime: 10 * 60_000,
    retry: false,
  });

export const useCarbonHoldings = (orgId?: string) =>
  useQuery({
    queryKey: [...marketCatalogueKeys.holdings, orgId ?? ""],
    queryFn: () => marketCatalogueApi.holdings(orgId),
  });

export const usePledges = (q: PledgeQuery = {}) =>
  useQuery({
    queryKey: [...marketCatalogueKeys.pledges, q],
    queryFn: () => marketCatalogueApi.pledges(q),
    placeholderData: keepPreviousData,
  });

export const useMarginCalls = (asOf?: string) =>
  useQuery({
    queryKey: [...marketCatalogueKeys.marginCalls, asOf ?? ""],
    queryFn: () => marketCatalogueApi.marginCalls(asOf),
    retry: false,
  });

export const useCompliance = () =>
  useQuery({ queryKey: marketCatalogueKeys.compliance, queryFn: () => marketCatalogueApi.compliance(), retry: false });

export const useMarketOverview = () =>
  useQuery({ queryKey: marketCatalogueKeys.overview, queryFn: marketCatalogueApi.overview, retry: false });

export const useSubsidyProgrammes = () =>
  useQuery({ queryKey: [...marketCatalogueKeys.subsidies, "programmes"], queryFn: marketCatalogueApi.programmes });

export const useSubsidyUsage = (id: string | undefined) =>
  useQuery({
    queryKey: [...marketCatalogueKeys.subsidies, "usage", id ?? ""],
    queryFn: () => marketCatalogueApi.programmeUsage(id as string),
    enabled: !!id,
  });

export const useSubsidyApplications = (q: { programmeId?: string; status?: SubsidyApplicationStatus } = {}) =>
  useQuery({
    queryKey: [...marketCatalogueKeys.subsidies, "applications", q],
    queryFn: () => marketCatalogueApi.applications(q),
    placeholderData: keepPreviousData,
  });
