import type { NormalisedValue } from "@greenfin/domain";
import type { EntityKind } from "@greenfin/reference";

export type DisclosureStatus = "draft" | "submitted" | "in_review" | "returned" | "accepted" | "published";

export interface DisclosureRow {
  id: string;
  org_id: string;
  entity_kind: EntityKind;
  reviewer_org_id: string;
  period_year: number;
  period_start: string;
  period_end: string;
  frameworks: string[];
  catalogue_version: string;
  status: DisclosureStatus;
  revision: number;
  first_submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns of a DisclosureRow, dates as ISO text (no time-zone shifts), optionally qualified by a table alias. */
export const disclosureColumns = (a = "") =>
  `${a}id, ${a}org_id, ${a}entity_kind, ${a}reviewer_org_id, ${a}period_year, ${a}period_start::text AS period_start, ${a}period_end::text AS period_end, ${a}frameworks, ${a}catalogue_version, ${a}status, ${a}revision, ${a}first_submitted_at, ${a}created_at, ${a}updated_at`;

export function periodOf(r: DisclosureRow) {
  return { year: r.period_year, start: r.period_start, end: r.period_end };
}

export interface ValueRow {
  indicator_id: string;
  dimension: string;
  payload: NormalisedValue["payload"];
  not_disclosed_reason: string | null;
  location: NormalisedValue["location"];
}

export const toNormalised = (r: ValueRow): NormalisedValue => ({
  indicatorId: r.indicator_id,
  dimension: r.dimension,
  payload: r.payload,
  notDisclosedReason: r.not_disclosed_reason,
  location: r.location,
});
