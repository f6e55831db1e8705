/**
 * The ESG rating API: methodologies, runs and their results, overrides under four-eyes review, an organisation's
 * own rating page, controversies and the district's distribution. Every schema comes from the contracts.
 */
import {
  type TControversy,
  type TEntityRatings,
  type TRatingDistribution,
  type TRatingMethodologySummary,
  type TRatingOverride,
  type TRatingResultDetail,
  type TRatingResultRow,
  type TRatingRun,
  type TStartRatingRun,
  zControversy,
  type zDecideOverride,
  zEntityRatings,
  type zOverrideStatus,
  zPage,
  type zProposeOverride,
  zRatingChanges,
  zRatingDistribution,
  zRatingMethodologyPage,
  zRatingMethodologySummary,
  zRatingOverride,
  zRatingResultDetail,
  zRatingResultRow,
  zRatingRun,
  type zRecordControversy,
  zStartedRatingRun,
  type zUpdateControversyStatus,
} from "@greenfin/contracts";
import { z } from "zod";
import { api } from "./client";
import type { Page } from "./orgs";

export type OverrideStatus = z.infer<typeof zOverrideStatus>;
export type RatingChanges = z.infer<typeof zRatingChanges>;
export type RatingChange = RatingChanges["upgrades"][number];
export type MethodologyPage = z.infer<typeof zRatingMethodologyPage>;
export type StartedRun = z.infer<typeof zStartedRatingRun>;
export type ProposeOverride = z.infer<typeof zProposeOverride>;
export type DecideOverride = z.infer<typeof zDecideOverride>;
export type RecordControversy = z.infer<typeof zRecordControversy>;
export type UpdateControversyStatus = z.infer<typeof zUpdateControversyStatus>;
export type Explanation = TRatingResultDetail["explanation"];
export type IndicatorExplanation = Explanation["indicators"][number];
export type KeyIssueExplanation = Explanation["keyIssues"][number];
export type ControversyExplanation = Explanation["controversies"][number];
export type Lever = Explanation["levers"][number];
export type PeerDistribution = TRatingResultDetail["peers"];
export type HistoryPoint = TRatingResultDetail["history"][number];

export interface ResultQuery {
  page: number;
  pageSize: number;
  grade?: string | undefined;
  industrySection?: string | undefined;
  q?: string | undefined;
  change?: "upgrade" | "downgrade" | undefined;
}

const zSummaries = z.array(zRatingMethodologySummary);
const zRuns = z.array(zRatingRun);
const zResultPage = zPage(zRatingResultRow);
const zOverrides = z.array(zRatingOverride);
const zControversies = z.array(zControversy);

const enc = encodeURIComponent;

export const ratingApi = {
  methodologies: () => api.get<TRatingMethodologySummary[]>("/api/rating/methodologies", { schema: zSummaries }),
  methodology: (ref: string) =>
    api.get<MethodologyPage>(`/api/rating/methodologies/${enc(ref)}`, { schema: zRatingMethodologyPage }),
  /** A released methodology's page for anyone, without signing in (the zone's public page links to it). */
  publicMethodology: (ref: string) =>
    api.get<MethodologyPage>(`/api/public/methodologies/${enc(ref)}`, { schema: zRatingMethodologyPage }),
  runs: () => api.get<TRatingRun[]>("/api/rating/runs", { schema: zRuns }),
  run: (id: string) => api.get<TRatingRun>(`/api/rating/runs/${id}`, { schema: zRatingRun }),
  startRun: (body: TStartRatingRun) => api.post<StartedRun>("/api/rating/runs", body, { schema: zStartedRatingRun }),
  results: (runId: string, q: ResultQuery) =>
    api.get<Page<TRatingResultRow>>(`/api/rating/runs/${runId}/results`, { query: { ...q }, schema: zResultPage }),
  changes: (runId: string) => api.get<RatingChanges>(`/api/rating/runs/${runId}/changes`, { schema: zRatingChanges }),
  publish: (runId: string) => api.post<TRatingRun>(`/api/rating/runs/${runId}/publish`, {}, { schema: zRatingRun }),
  result: (id: string) => api.get<TRatingResultDetail>(`/api/rating/results/${id}`, { schema: zRatingResultDetail }),
  proposeOverride: (resultId: string, body: ProposeOverride) =>
    api.post<TRatingOverride>(`/api/rating/results/${resultId}/override`, body, { schema: zRatingOverride }),
  overrides: (status?: OverrideStatus) =>
    api.get<TRatingOverride[]>("/api/rating/overrides", { query: { status }, schema: zOverrides }),
  decideOverride: (id: string, body: DecideOverride) =>
    api.post<TRatingOverride>(`/api/rating/overrides/${id}/decide`, body, { schema: zRatingOverride }),
  entity: (orgId: string) => api.get<TEntityRatings>(`/api/rating/entities/${orgId}`, { schema: zEntityRatings }),
  controversies: (entityId?: string) =>
    api.get<TControversy[]>("/api/rating/controversies", { query: { entityId }, schema: zControversies }),
  recordControversy: (body: RecordControversy) =>
    api.post<TControversy>("/api/rating/controversies", body, { schema: zControversy }),
  setControversyStatus: (id: string, body: UpdateControversyStatus) =>
    api.post<TControversy>(`/api/rating/controversies/${id}/status`, body, { schema: zControversy }),
  distribution: (methodology: string, runId?: string) =>
    api.get<TRatingDistribution>("/api/district/rating-distribution", {
      query: { methodology, runId },
      schema: zRatingDistribution,
    }),
};
