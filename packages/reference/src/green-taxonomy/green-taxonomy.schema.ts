import { z } from "zod";

/**
 * Shapes of the files under `data/green-taxonomy/` (green identification): the catalogues (2025 unified catalogue,
 * 2021 green-bond catalogue, 2024 green-industry catalogue), the 2025 vocabulary, the blue-finance categories, the
 * transition-finance references, the crosswalks and the labelled evaluation set. Every record keeps its source and a
 * verification flag from `GREEN_VERIFICATION_STATUSES`. Cross-record rules live in `green-taxonomy-checks.ts`.
 */

/** The shared legend's labels, plus `analyst` (GreenFin's own mapping or label) and `missing` (text absent in the source). */
export const GREEN_VERIFICATION_STATUSES = [
  "verified",
  "verified-secondary",
  "derived-secondary",
  "heuristic",
  "manually-corrected",
  "analyst",
  "UNVERIFIED",
  "missing",
] as const;
export type GreenVerificationStatus = (typeof GREEN_VERIFICATION_STATUSES)[number];

/** A term, a name, a sentence: never empty, never padded with spaces. */
const text = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s.trim() === s && s.trim().length > 0, "must not be blank or start/end with spaces");
const sources = z.array(text).min(1, "every record names at least one source");
const verification = z.enum(GREEN_VERIFICATION_STATUSES);
const version = z.string().regex(/^\d{4}\.\d+$/, "a version like 2026.1");
/** "1", "1.2", "1.2.3", "1.2.3.4" */
export const CATALOGUE_CODE = /^[1-9]\d*(\.[1-9]\d*){0,3}$/;
const catalogueCode = z.string().regex(CATALOGUE_CODE, "a catalogue code like 4.2.1");
const gbtClass = z.string().regex(/^\d{4}$/, "a GB/T 4754 class has four digits");

const zFact = z.strictObject({ id: text, text, source: sources, verification, verificationNote: text.optional() });

export const GREEN_DATASET_KINDS = [
  "catalogue",
  "blue-categories",
  "transition-references",
  "crosswalks",
  "evaluation-set",
] as const;

/** What every dataset's meta.json says about itself. */
const metaFields = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version,
  status: z.enum(["draft", "released"]),
  kind: z.enum(GREEN_DATASET_KINDS),
  name: z.strictObject({ zh: text, en: text }),
  standing: text,
  sources,
  verificationLegend: z.record(z.string(), text),
  facts: z.array(zFact),
  gaps: z.array(text),
};

const zDocument = z.strictObject({
  number: text,
  issuers: z.array(text).min(1),
  dated: z.iso.date().nullable(),
  effective: z.iso.date().nullable(),
  url: text,
  source: sources,
  verification,
});

export const zCatalogueMeta = z.strictObject({
  ...metaFields,
  kind: z.literal("catalogue"),
  document: zDocument,
  levels: z.array(z.strictObject({ level: z.number().int().min(1).max(4), nameZh: text, nameEn: text })).min(1),
  /** The totals the catalogue itself (or its issuers) state, per level ("1": 9); a level not listed has no stated total. */
  statedCounts: z.strictObject({
    counts: z.partialRecord(z.enum(["1", "2", "3", "4"]), z.number().int().positive()),
    source: sources,
    verification,
    verificationNote: text.optional(),
  }),
  /** `complete`: the tree must reach every stated count exactly; `partial`: it holds only part and must not exceed them. */
  completeness: z.enum(["complete", "partial"]),
  ghgTagLegend: z.record(z.string(), text).optional(),
  gbt4754Note: text.optional(),
  method: text.optional(),
  coverageOfSource: z.unknown().optional(),
  countsOfSource: z.record(z.string(), z.number()).optional(),
  /** Categories known by name whose code is unknown (kept out of the tree rather than guessed). */
  unplaced: z
    .array(
      z.strictObject({
        nameZh: text,
        nameEn: text,
        level: z.number().int().min(1).max(4),
        note: text,
        source: sources,
        verification,
        verificationNote: text.optional(),
      }),
    )
    .optional(),
});
export type GreenCatalogueMeta = z.output<typeof zCatalogueMeta>;

export const GHG_TAGS = ["√√", "√"] as const;

/** One GB/T 4754-2017 class an item lists (2025 catalogue), with the catalogue's GHG tag for that row. */
const zGbtEntry = z.strictObject({
  /** null where the catalogue gives '-' and only names the activity scope. */
  code: gbtClass.nullable(),
  nameZh: text,
  ghgTag: z.enum(GHG_TAGS).nullable(),
  check: text.nullable(),
  codeAsTranscribed: z
    .string()
    .regex(/^\d{3,4}$/)
    .optional(),
  /** Set when the transcription's code and name disagree: the code the name belongs to. */
  probableCode: gbtClass.optional(),
  notes: z.array(text),
});

export const zTaxonomyNode = z
  .strictObject({
    code: catalogueCode,
    level: z.number().int().min(1).max(4),
    parent: catalogueCode.nullable(),
    /** null only when the source lacks the name (verification `missing`). */
    nameZh: text.nullable(),
    nameEn: text.nullable(),
    nameEnStatus: text,
    /** The item's scope in words: an English paraphrase (2025) or examples (2024). */
    scope: z.strictObject({ text, lang: z.enum(["zh", "en"]), kind: text }).optional(),
    /** The catalogue's own condition text (2021), with PDF-extraction artefacts. */
    conditionTextZh: text.nullable().optional(),
    techStandards: z.array(text).optional(),
    gbt4754: z.array(zGbtEntry).optional(),
    ghgTags: z.array(z.enum(GHG_TAGS)).optional(),
    ghgSummary: text.optional(),
    source: sources,
    verification,
    verificationNote: text.optional(),
    notes: z.array(text).optional(),
  })
  .refine((n) => (n.nameZh === null) === (n.verification === "missing"), {
    message: "a node has no Chinese name exactly when its verification is 'missing'",
    path: ["nameZh"],
  });
export type GreenTaxonomyNode = z.output<typeof zTaxonomyNode>;

export const zTaxonomyTree = z.strictObject({ nodes: z.array(zTaxonomyNode).min(1) });

export const GREEN_ACTIVITY_KINDS = [
  "manufacture",
  "retrofit",
  "construction-operation",
  "pollution-control",
  "ecological",
  "service",
  "trade",
  "consumption",
] as const;
export type GreenActivityKind = (typeof GREEN_ACTIVITY_KINDS)[number];

const terms = z.array(text);

export const PARAMETER_RULE_OPS = ["<=", "<", ">=", ">", "=", "in"] as const;

/**
 * A technical threshold of one item (e.g. a data centre's PUE ≤ 1.3), checked by the classifier against a project's
 * stated parameters (`key`, `value`, `unit`). `in` takes a list of accepted values (grades); the others a number.
 * A parameter in another unit than the rule's is reported as not comparable, never converted silently.
 */
export const zParameterRule = z.strictObject({
  code: catalogueCode,
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  op: z.enum(PARAMETER_RULE_OPS),
  value: z.union([z.number(), z.array(text).min(1)]),
  unit: text.nullable(),
  nameZh: text,
  nameEn: text,
  source: sources,
  verification,
});
export type GreenParameterRuleData = z.output<typeof zParameterRule>;

/** Cues beyond the items' own terms: negation near a term, blue relevance (marine / freshwater), transition. */
const zSignals = z.strictObject({
  negation: z.strictObject({
    zh: terms.min(1),
    en: terms.min(1),
    /** How far before a term a cue may stand (characters; English: characters too), within one clause. */
    windowZh: z.number().int().positive(),
    windowEn: z.number().int().positive(),
  }),
  blue: z.strictObject({
    marineZh: terms.min(1),
    marineEn: terms.min(1),
    waterZh: terms.min(1),
    waterEn: terms.min(1),
  }),
  transition: z.strictObject({
    sectorZh: terms.min(1),
    sectorEn: terms.min(1),
    /** Heavy industries beyond the PBoC first batch (transition-finance@ sectors), as GB/T 4754 divisions or classes. */
    otherHeavyIndustry: z.array(z.string().regex(/^[A-T](\d{2}|\d{4})$/)),
    cutZh: terms.min(1),
    cutEn: terms.min(1),
    expansionZh: terms.min(1),
    expansionEn: terms.min(1),
  }),
  source: sources,
  verification,
});

export const zVocabulary = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The catalogue version the terms were written for, e.g. "cn-green-2025@2026.1". */
  catalogue: text,
  purpose: text,
  method: text,
  source: sources,
  verification,
  matching: text,
  activityKinds: z.record(
    z.enum(GREEN_ACTIVITY_KINDS),
    z.strictObject({ nameZh: text, nameEn: text, cuesZh: terms.min(1), cuesEn: terms.min(1) }),
  ),
  globalExclusions: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      nameEn: text,
      termsZh: terms,
      termsEn: terms,
      unlessZh: terms,
      unlessEn: terms,
      reason: text,
      source: sources,
      /** Of the reason (the fact the exclusion rests on). */
      verification,
      /** Of the term lists themselves. */
      termsVerification: verification,
    }),
  ),
  nodes: z.array(
    z.strictObject({
      code: catalogueCode,
      nameZh: text,
      activityKind: z.enum(GREEN_ACTIVITY_KINDS),
      termsZh: terms,
      termsEn: terms,
      excludeZh: terms,
      excludeEn: terms,
      source: sources,
      verification,
    }),
  ),
  signals: zSignals.optional(),
  /** Items' technical thresholds; an empty list says the data has none (the 2025 criteria are not transcribed). */
  parameterRules: z.array(zParameterRule).optional(),
});
export type GreenVocabularyFile = z.output<typeof zVocabulary>;

const genericMeta = z.strictObject({
  ...metaFields,
  coverageOfSource: z.unknown().optional(),
  files: z.array(text).optional(),
  relations: z.record(z.string(), text).optional(),
});
export const zBlueFinanceMeta = genericMeta.extend({ kind: z.literal("blue-categories") });
export const zTransitionMeta = genericMeta.extend({ kind: z.literal("transition-references") });
export const zCrosswalksMeta = genericMeta.extend({ kind: z.literal("crosswalks"), files: z.array(text).min(1) });

export const BLUE_NODE_KINDS = ["framework", "category", "investment-area", "focus-area"] as const;

export const zBlueCategories = z.strictObject({
  nodes: z
    .array(
      z
        .strictObject({
          code: z.string().regex(/^[A-Z][A-Za-z0-9-]*$/),
          level: z.number().int().min(0).max(1),
          parent: z.string().nullable(),
          kind: z.enum(BLUE_NODE_KINDS),
          nameEn: text,
          nameZh: text.nullable(),
          description: text,
          subActivities: terms,
          scopeCorroboration: terms,
          source: sources,
          verification,
        })
        .refine((n) => (n.level === 0) === (n.kind === "framework") && (n.level === 0) === (n.parent === null), {
          message: "frameworks are the level-0 nodes without a parent; categories and areas sit under one",
        }),
    )
    .min(1),
});
export type BlueFinanceNode = z.output<typeof zBlueCategories>["nodes"][number];

const zGbtCanonical = z.string().regex(/^[A-T](\d{2}|\d{4})?$/, "a canonical GB/T 4754 code like C31 or D4411");

export const zTransitionReferences = z.strictObject({
  references: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      scope: z.enum(["national", "local", "international"]),
      text,
      source: sources,
      verification,
      verificationNote: text.optional(),
    }),
  ),
  sectors: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z][a-z0-9_]*$/),
      nameZh: text,
      nameEn: text,
      gbt4754: z.array(zGbtCanonical).min(1),
      batch: z.number().int().min(1),
      source: sources,
      verification,
      gbt4754Verification: verification,
    }),
  ),
});

export const CROSSWALK_RELATIONS = ["equivalent", "narrower", "broader", "overlap", "none", "unknown"] as const;

export const zCrosswalk = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Dataset refs, e.g. "cn-green-bond-2021@2026.1". */
  from: text,
  to: text,
  /** The level every link starts from / points to; null = same level on both sides. */
  fromLevel: z.number().int().min(1).max(4).nullable(),
  toLevel: z.number().int().min(1).max(4).nullable(),
  method: text,
  source: sources,
  verification,
  links: z
    .array(
      z
        .strictObject({
          from: text,
          to: z.array(text),
          relation: z.enum(CROSSWALK_RELATIONS),
          confidence: z.enum(["high", "medium", "low"]),
          /** Only for the variant named (e.g. "offshore wind only"); blue links only. */
          condition: text.nullable().optional(),
          note: text.nullable(),
          source: sources.optional(),
          verification,
        })
        .refine((l) => (l.to.length === 0) === (l.relation === "none" || l.relation === "unknown"), {
          message: "a link has no target exactly when its relation is 'none' or 'unknown'",
        }),
    )
    .min(1),
});
export type GreenCrosswalkFile = z.output<typeof zCrosswalk>;
export type GreenCrosswalkLink = GreenCrosswalkFile["links"][number];

export const zEvalMeta = z.strictObject({
  ...metaFields,
  kind: z.literal("evaluation-set"),
  catalogue: text,
  verification,
  labelling: z.record(z.string(), text),
  composition: z.strictObject({
    records: z.number().int(),
    bySplit: z.record(z.string(), z.number().int()),
    byFamily: z.record(z.string(), z.number().int()),
    byLanguage: z.record(z.string(), z.number().int()),
    negatives: z.number().int(),
    blue: z.number().int(),
    blueMarine: z.number().int(),
    transition: z.number().int(),
    multiLabel: z.number().int(),
    judgement: z.number().int(),
    withIndustryCode: z.number().int(),
    withParameters: z.number().int(),
    distinctExpectedCodes: z.number().int(),
  }),
  vocabularyCheck: z.record(z.string(), z.unknown()),
});
export type GreenEvalMeta = z.output<typeof zEvalMeta>;

export const zEvalRecord = z
  .strictObject({
    id: z.string().regex(/^GI-\d{4}$/),
    text,
    language: z.enum(["zh", "en"]),
    industryCode: z
      .string()
      .regex(/^[A-T]\d{4}$/, "a canonical GB/T 4754 class like D4415")
      .nullable(),
    parameters: z.array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-z0-9_]*$/),
        value: z.union([z.number(), text]),
        unit: text.nullable(),
      }),
    ),
    /** Every 2025 level-3 code the project falls under, primary first; "none" = not green or excluded. */
    expected: z.union([z.literal("none"), z.array(catalogueCode).min(1)]),
    blue: z.boolean(),
    blueBasis: z.enum(["marine", "water"]).nullable(),
    transition: z.boolean(),
    labelConfidence: z.enum(["clear", "judgement"]),
    labelNote: text.nullable(),
    inspiredBy: text,
    split: z.enum(["dev", "holdout"]),
  })
  .refine((r) => r.blue === (r.blueBasis !== null), { message: "blueBasis is set exactly when blue is true" })
  .refine((r) => r.labelNote !== null || (r.labelConfidence === "clear" && r.expected !== "none"), {
    message: "a judgement label or a 'none' label explains itself in labelNote",
  });
export type GreenEvalRecord = z.output<typeof zEvalRecord>;
