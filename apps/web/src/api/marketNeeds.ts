/**
 * The marketplace's needs side: an enterprise's financing needs and their matching, the institutions' claims with
 * their respond/visit/decide steps, the chosen offer and the drawn loan, the service-level timers and reminders.
 * Every shape is a contract's (packages/contracts/src/market-needs.ts, market-pricing.ts, carbon-assets.ts).
 */
import type {
  NEED_STATUSES,
  TCarbonPledge,
  TClaimStepInput,
  TClaimTimers,
  TFinancingNeed,
  TFinancingNeedDetail,
  TFinancingNeedInput,
  TFundClaimInput,
  TGreenProjectRow,
  TLinkedLoanAssessment,
  TMarketProduct,
  TMarketReminder,
  TNeedClaim,
  TNeedMatching,
} from "@greenfin/contracts";
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";

export type NeedStatus = (typeof NEED_STATUSES)[number];
export type TClaimTimer = TClaimTimers["claims"][number];
export type TStageTimer = NonNullable<TClaimTimer["timers"]>["stages"][number];

const needBase = (id: string) => `/api/market/needs/${id}`;
const claimBase = (id: string) => `/api/market/claims/${id}`;

export const marketNeedsApi = {
  needs: (status?: NeedStatus) => api.get<TFinancingNeedDetail[]>("/api/market/needs", { query: { status } }),
  need: (id: string) => api.get<TFinancingNeedDetail>(needBase(id)),
  post: (body: TFinancingNeedInput) => api.post<TFinancingNeed>("/api/market/needs", body),
  matches: (id: string) => api.get<TNeedMatching>(`${needBase(id)}/matches`),
  withdraw: (id: string, reason?: string) => api.post<TFinancingNeed>(`${needBase(id)}/withdraw`, { reason }),
  claim: (needId: string, productId?: string) =>
    api.post<TNeedClaim>(`${needBase(needId)}/claims`, productId ? { productId } : {}),
  step: (claimId: string, body: TClaimStepInput) => api.post<TNeedClaim>(`${claimBase(claimId)}/steps`, body),
  choose: (claimId: string, grantFinancing: boolean) =>
    api.post<TNeedClaim>(`${claimBase(claimId)}/choose`, { grantFinancing }),
  fund: (claimId: string, body: TFundClaimInput) => api.post<TNeedClaim>(`${claimBase(claimId)}/fund`, body),
  timers: () => api.get<TClaimTimers>("/api/market/claims/timers"),
  /** A funded sustainability-linked loan's margin now, from the enterprise's carbon accounts. */
  linkedAssessment: (claimId: string) => api.get<TLinkedLoanAssessment>(`${claimBase(claimId)}/linked-assessment`),
  reminders: () => api.get<TMarketReminder[]>("/api/market/reminders"),
  /** The caller's own products, every status (for the claim's product select and its pricing table). */
  myProducts: () => api.get<TMarketProduct[]>("/api/market/products", { query: { mine: "true" } }),
  /** Active pledges on an enterprise's carbon assets (the server shows an institution those it registered). */
  pledges: (orgId: string) =>
    api.get<TCarbonPledge[]>("/api/carbon-assets/pledges", { query: { orgId, status: "active" } }),
  /** The enterprise's own projects, for linking a certified one to a need. */
  myProjects: () =>
    api.get<{ items: TGreenProjectRow[]; total: number }>("/api/green/projects", {
      query: { mine: "true", pageSize: 200, lang: "zh" },
    }),
};

/** Every key starts with "market" so a write can refresh the whole marketplace (overview and catalogue too). */
export const marketNeedsKeys = {
  all: ["market"] as const,
  needs: (status?: NeedStatus) => ["market", "needs", status ?? "all"] as const,
  need: (id: string) => ["market", "need", id] as const,
  matches: (id: string) => ["market", "need", id, "matches"] as const,
  timers: ["market", "claims", "timers"] as const,
  reminders: ["market", "reminders"] as const,
  myProducts: ["market", "products", "mine"] as const,
  pledges: (orgId: string) => ["market", "pledges", orgId] as const,
  myProjects: ["market", "my-projects"] as const,
  linked: (claimId: string) => ["market", "linked", claimId] as const,
};

export const useLinkedAssessment = (claimId: string) =>
  useQuery({
    queryKey: marketNeedsKeys.linked(claimId),
    queryFn: () => marketNeedsApi.linkedAssessment(claimId),
    retry: false,
  });

export const useNeeds = (status?: NeedStatus) =>
  useQuery({ queryKey: marketNeedsKeys.needs(status), queryFn: () => marketNeedsApi.needs(status) });

export const useNeed = (id: string) =>
  useQuery({ queryKey: marketNeedsKeys.need(id), queryFn: () => marketNeedsApi.need(id), enabled: !!id, retry: false });

export const useNeedMatches = (id: string, enabled = true) =>
  useQuery({
    queryKey: marketNeedsKeys.matches(id),
    queryFn: () => marketNeedsApi.matches(id),
    enabled: enabled && !!id,
    retry: false,
  });

/** Timers are judged "now": refresh each minute so countdowns and overdue tags move. */
export const useClaimTimers = (enabled = true) =>
  useQuery({
    queryKey: marketNeedsKeys.timers,
    queryFn: marketNeedsApi.timers,
    enabled,
    refetchInterval: 60_000,
    retry: false,
  });

export const useMarketReminders = (enabled = true) =>
  useQuery({ queryKey: marketNeedsKeys.reminders, queryFn: marketNeedsApi.reminders, enabled, retry: false });

export const useMyProducts = (enabled = true) =>
  useQuery({ queryKey: marketNeedsKeys.myProducts, queryFn: marketNeedsApi.myProducts, enabled, staleTime: 60_000 });

export const useEnterprisePledges = (orgId: string, enabled = true) =>
  useQuery({
    queryKey: marketNeedsKeys.pledges(orgId),
    queryFn: () => marketNeedsApi.pledges(orgId),
    enabled: enabled && !!orgId,
    retry: false,
  });

/** The enterprise's certified projects (a need links only one of those). */
export const useMyCertifiedProjects = (enabled = true) =>
  useQuery({
    queryKey: marketNeedsKeys.myProjects,
    queryFn: marketNeedsApi.myProjects,
    enabled,
    select: (page) => page.items.filter((p) => p.status === "certified"),
  });
