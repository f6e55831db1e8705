import { z } from "zod";
import { catalogueCode, gbtClass, metaFields, sources, text, verification, zDocument } from "./green-schema-common";

/** The catalogues: meta.json and the tree of nodes (2025 unified catalogue, 2021 green-bond, 2024 green-industry). */
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
