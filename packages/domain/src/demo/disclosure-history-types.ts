import type { IndicatorDef, RequirementLevel } from "../disclosure/definitions";
import type { RawEntry } from "../disclosure/entry";
import type { DemoOrganisation } from "./demo-types";

/** The disclosure templates the demo fills; the reference package's `EntityKind` minus portfolio companies. */
export type DemoEntityKind = "enterprise" | "financial_institution" | "fund_manager";

/** An indicator as the catalogue defines it; the reference package's indicators have this shape. */
export interface DemoIndicatorDef extends IndicatorDef {
  readonly appliesTo: readonly string[];
  readonly topic: { readonly zh: string; readonly en: string };
}

/** One framework clause asking for an indicator; the reference package's requirement rows have this shape. */
export interface DemoRequirement {
  readonly indicatorId: string;
  readonly framework: string;
  readonly level: RequirementLevel;
  /** ISO date from which it applies, or null (in force). */
  readonly effectiveFrom: string | null;
  /** ISO date from which it no longer applies, or null. */
  readonly supersededFrom: string | null;
}

export interface GenerateDisclosureHistoryInput {
  /** The district's seed: the same seed and organisations always give the same history. */
  readonly seed: number;
  readonly organisations: readonly DemoOrganisation[];
  /** The disclosure catalogue as plain data (the app passes `loadDisclosureCatalogue(…)`). */
  readonly catalogue: {
    readonly indicators: readonly DemoIndicatorDef[];
    readonly requirements: readonly DemoRequirement[];
  };
  /** Reporting years, e.g. [2023, 2024, 2025]; figures are anchored on the organisation's data in the last one. */
  readonly years: readonly number[];
}

/**
 * Where a disclosure ends up: published (accepted, then published by its owner), accepted, returned (its last
 * revision sent back with comments), in review, submitted (awaiting review), or a draft left incomplete.
 */
export type DemoDisclosureScenario = "published" | "accepted" | "returned" | "in_review" | "submitted" | "draft";

export interface DemoReviewComment {
  readonly indicatorId: string;
  readonly dimension: string;
  readonly comment: string;
}

export interface DemoDecision {
  readonly outcome: "returned" | "accepted";
  /** ISO timestamp. */
  readonly decidedAt: string;
  readonly note: string | null;
  /** At least one for a returned revision. */
  readonly comments: readonly DemoReviewComment[];
}

export interface DemoRevision {
  /** Everything the revision holds; a returned revision holds the mistake its comments are about. */
  readonly entries: readonly RawEntry[];
  readonly submittedAt: string;
  /** When the reviewer opened it (status "in_review"); null while it waits. */
  readonly reviewStartedAt: string | null;
  readonly decision: DemoDecision | null;
}

export interface DemoDisclosure {
  readonly orgKey: string;
  readonly year: number;
  readonly entityKind: DemoEntityKind;
  readonly frameworks: readonly string[];
  readonly scenario: DemoDisclosureScenario;
  /** ISO timestamp of when the organisation opened it. */
  readonly createdAt: string;
  /** When a draft was last saved (drafts only; null otherwise). */
  readonly draftSavedAt: string | null;
  /** The working draft at the end: the last revision's entries, or for a draft the part filled so far. */
  readonly draft: readonly RawEntry[];
  /** In order; empty for a draft. */
  readonly revisions: readonly DemoRevision[];
  readonly publishedAt: string | null;
}

export interface DemoDisclosureHistory {
  readonly seed: number;
  /** Ordered by year, then by organisation as given. */
  readonly disclosures: readonly DemoDisclosure[];
}
