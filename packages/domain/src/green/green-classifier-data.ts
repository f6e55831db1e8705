/**
 * The plain data a green classifier is built from. The domain never reads files: the caller loads the catalogue, its
 * vocabulary, the 2025 → IFC blue crosswalk and the transition-finance sectors (`@greenfin/reference` objects fit
 * these shapes as they are) and passes them in. Only the fields the classifier reads are declared.
 */

export interface GreenCatalogueNodeData {
  readonly code: string;
  readonly level: number;
  readonly parent: string | null;
  readonly nameZh: string | null;
  readonly nameEn: string | null;
  /** GB/T 4754-2017 classes (4 digits, no section letter) the item lists; level 3 only. */
  readonly gbt4754?: readonly { readonly code: string | null; readonly nameZh: string }[];
}

export interface GreenCatalogueData {
  readonly ref: string;
  readonly nodes: readonly GreenCatalogueNodeData[];
  /** The codes a project can be classified under (the deepest level). */
  readonly leafCodes: readonly string[];
}

export interface GreenActivityKindData {
  readonly nameZh: string;
  readonly nameEn: string;
  readonly cuesZh: readonly string[];
  readonly cuesEn: readonly string[];
}

export interface GreenGlobalExclusionData {
  readonly id: string;
  readonly nameEn: string;
  readonly termsZh: readonly string[];
  readonly termsEn: readonly string[];
  readonly unlessZh: readonly string[];
  readonly unlessEn: readonly string[];
  readonly reason: string;
  readonly verification: string;
}

export interface GreenVocabularyNodeData {
  readonly code: string;
  readonly nameZh: string;
  readonly activityKind: string;
  readonly termsZh: readonly string[];
  readonly termsEn: readonly string[];
  readonly excludeZh: readonly string[];
  readonly excludeEn: readonly string[];
}

/** Negation, blue and transition cues (vocabulary.json `signals`). */
export interface GreenSignalsData {
  readonly negation: {
    readonly zh: readonly string[];
    readonly en: readonly string[];
    readonly windowZh: number;
    readonly windowEn: number;
  };
  readonly blue: {
    readonly marineZh: readonly string[];
    readonly marineEn: readonly string[];
    readonly waterZh: readonly string[];
    readonly waterEn: readonly string[];
  };
  readonly transition: {
    readonly sectorZh: readonly string[];
    readonly sectorEn: readonly string[];
    readonly otherHeavyIndustry: readonly string[];
    readonly cutZh: readonly string[];
    readonly cutEn: readonly string[];
    readonly expansionZh: readonly string[];
    readonly expansionEn: readonly string[];
  };
}

/**
 * An item's technical threshold (vocabulary.json `parameterRules`): the project's parameter `key` must satisfy
 * `op value` in `unit`. `in` takes the accepted values (grades, classes), compared as normalised text.
 */
export interface GreenParameterRule {
  readonly code: string;
  readonly key: string;
  readonly op: "<=" | "<" | ">=" | ">" | "=" | "in";
  readonly value: number | readonly string[];
  readonly unit: string | null;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly verification?: string;
}

export interface GreenVocabularyData {
  readonly id: string;
  readonly catalogue: string;
  readonly sha256?: string | null;
  readonly activityKinds: Readonly<Partial<Record<string, GreenActivityKindData>>>;
  readonly globalExclusions: readonly GreenGlobalExclusionData[];
  readonly nodes: readonly GreenVocabularyNodeData[];
  readonly signals?: GreenSignalsData;
  readonly parameterRules?: readonly GreenParameterRule[];
}

/** The 2025 level-3 → IFC blue-category crosswalk and the categories' names. */
export interface GreenBlueData {
  readonly ref: string;
  readonly links: readonly {
    readonly from: string;
    readonly to: readonly string[];
    readonly condition?: string | null;
  }[];
  readonly categories: readonly { readonly code: string; readonly nameEn: string; readonly nameZh: string | null }[];
}

/** Transition-finance sectors with their GB/T 4754 codes (canonical: C31, D4411). */
export interface GreenTransitionData {
  readonly ref: string;
  readonly sectors: readonly {
    readonly key: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly gbt4754: readonly string[];
  }[];
}

export interface GreenClassifierData {
  readonly catalogue: GreenCatalogueData;
  readonly vocabulary: GreenVocabularyData;
  readonly blue?: GreenBlueData;
  readonly transition?: GreenTransitionData;
}
