import type { TermLanguage } from "./term-index";

/** What the classifier is asked about: a project's name and description (Chinese or English) and what else is known. */
export interface GreenProjectInput {
  readonly name?: string | null;
  readonly description: string;
  /** GB/T 4754-2017 code: class (C3824, 3824) or division (C38). Evidence, never the verdict. */
  readonly industryCode?: string | null;
  readonly parameters?: readonly GreenProjectParameter[];
}

export interface GreenProjectParameter {
  readonly key: string;
  readonly value: number | string;
  readonly unit?: string | null;
}

export interface GreenMessage {
  readonly zh: string;
  readonly en: string;
}

/** A term found in the project's text: where (field and UTF-16 range in the text as written) and what it weighed. */
export interface TermEvidence {
  readonly term: string;
  readonly lang: TermLanguage;
  readonly field: "name" | "description";
  readonly start: number;
  readonly end: number;
  /** The text as written at that place (may differ from the term in width, case or script). */
  readonly text: string;
  /** Its contribution to the score; 0 for a repeat or a term inside a counted one. */
  readonly weight: number;
  /** Why the weight is reduced, if it is. */
  readonly note?: "repeat" | "overlaps-counted-term" | "inside-longer-term-of-another-item";
}

export interface ActivityEvidence {
  readonly kind: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The activity cues found for this item's kind (empty: none). */
  readonly cues: readonly string[];
  /** Cues found for other, distinctive kinds (manufacture, trade, …) that argue against this item. */
  readonly otherKinds: readonly string[];
  readonly weight: number;
}

export interface IndustryEvidence {
  /** The project's code as given, canonicalised (C3824). */
  readonly code: string;
  readonly match: "class" | "division";
  /** The item's GB/T 4754 classes that matched. */
  readonly classes: readonly { readonly code: string; readonly nameZh: string }[];
  readonly weight: number;
}

export type ParameterOutcome = "met" | "missed" | "not-comparable" | "not-stated";

export interface ParameterEvidence {
  readonly key: string;
  readonly rule: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly stated: { readonly value: number | string; readonly unit: string | null } | null;
  readonly outcome: ParameterOutcome;
  readonly weight: number;
}

export interface CorrectionEvidence {
  readonly id: string;
  readonly action: "add" | "remove";
  readonly by: "term" | "fingerprint";
  readonly term?: string;
  readonly weight: number;
}

export interface GreenCandidate {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Level 1 → level 3 names. */
  readonly pathZh: readonly string[];
  readonly pathEn: readonly string[];
  readonly score: number;
  /** 0–1, see docs/green-taxonomy.md "Classifier" (strength of the evidence × its lead over the runner-up). */
  readonly confidence: number;
  readonly evidence: {
    readonly terms: readonly TermEvidence[];
    readonly activity: ActivityEvidence | null;
    readonly industry: IndustryEvidence | null;
    readonly parameters: readonly ParameterEvidence[];
    /** Whether the data holds thresholds for this item at all. */
    readonly parametersNote: GreenMessage;
    readonly corrections: readonly CorrectionEvidence[];
    /** Bonus of the item named first in the text (the project's subject), when several items compete; else 0. */
    readonly lead: number;
  };
}

/** An item whose terms occur but which was vetoed. */
export interface ExcludedCandidate {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly reason: "exclusion-term" | "correction" | "threshold-missed";
  readonly terms: readonly TermEvidence[];
  readonly message: GreenMessage;
}

export interface GlobalExclusionEvidence {
  readonly id: string;
  readonly nameEn: string;
  readonly reason: string;
  readonly terms: readonly TermEvidence[];
  /** Override terms found (CCUS at a coal plant …): when any is present the exclusion does not apply. */
  readonly overrides: readonly TermEvidence[];
  readonly applied: boolean;
}

export interface NegationEvidence {
  readonly term: string;
  readonly field: "name" | "description";
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cue: string;
  readonly cueStart: number;
  /** What the denied term would have done (a term can be an item's term and an override at once). */
  readonly roles: readonly ("item-term" | "exclusion" | "global-exclusion" | "override" | "signal")[];
}

export type NoneReasonCode =
  | "global-exclusion"
  | "no-term"
  | "industry-only"
  | "negated"
  | "excluded"
  | "below-threshold";

export interface NoneReason {
  readonly code: NoneReasonCode;
  readonly message: GreenMessage;
}

export interface BlueEvidence {
  readonly relevant: boolean;
  readonly basis: "marine" | "water" | null;
  readonly categories: readonly {
    readonly code: string;
    readonly nameEn: string;
    readonly nameZh: string | null;
    readonly via: string;
    readonly condition: string | null;
    readonly conditionMet: boolean;
  }[];
  readonly marineTerms: readonly TermEvidence[];
  readonly waterTerms: readonly TermEvidence[];
  readonly message: GreenMessage;
}

export interface TransitionEvidence {
  readonly relevant: boolean;
  readonly sectors: readonly {
    readonly key: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly via: "industry-code" | "term";
  }[];
  readonly sectorTerms: readonly TermEvidence[];
  readonly cutTerms: readonly TermEvidence[];
  readonly expansionTerms: readonly TermEvidence[];
  readonly message: GreenMessage;
}

export interface GreenClassification {
  readonly catalogue: string;
  readonly vocabulary: string;
  /** SHA-256 of the normalised name and description: the key of reviewers' text corrections. */
  readonly fingerprint: string;
  readonly verdict: "green" | "none";
  /** The prediction: the first candidate, when its confidence reaches the threshold and nothing vetoes the project. */
  readonly top: GreenCandidate | null;
  readonly threshold: number;
  /** Ranked: score descending, then catalogue code. */
  readonly candidates: readonly GreenCandidate[];
  readonly noneReasons: readonly NoneReason[];
  readonly excluded: readonly ExcludedCandidate[];
  readonly globalExclusions: readonly GlobalExclusionEvidence[];
  readonly negations: readonly NegationEvidence[];
  readonly industry: {
    readonly code: string;
    readonly recognised: boolean;
    /** Items listing the class (or division) — shown, but never a candidate on the code alone. */
    readonly itemsListingIt: readonly string[];
  } | null;
  readonly blue: BlueEvidence;
  readonly transition: TransitionEvidence;
}
