/**
 * The green classifier's answer as the API carries it: the domain's GreenClassification (packages/domain/src/green/
 * green-classification.ts), with the fields the screens show typed and the rest of each evidence block kept as it is.
 */
import { z } from "zod";

export const zGreenParameter = z.object({
  key: z.string().min(1).max(80),
  value: z.union([z.number(), z.string().max(200)]),
  unit: z.string().max(40).nullable().optional(),
});
export type TGreenParameter = z.infer<typeof zGreenParameter>;

export const zClassifyBody = z.object({
  name: z.string().trim().max(300).optional(),
  description: z.string().trim().min(1).max(10_000),
  industryCode: z.string().trim().max(10).optional(),
  parameters: z.array(zGreenParameter).max(50).optional(),
});
export type TClassifyBody = z.infer<typeof zClassifyBody>;

const zMessage = z.object({ zh: z.string(), en: z.string() });

export const zTermEvidence = z.object({
  term: z.string(),
  lang: z.string(),
  field: z.enum(["name", "description"]),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  weight: z.number(),
  note: z.string().optional(),
});

export const zGreenCandidate = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  pathZh: z.array(z.string()),
  pathEn: z.array(z.string()),
  score: z.number(),
  confidence: z.number(),
  evidence: z.looseObject({
    terms: z.array(zTermEvidence),
    activity: z.unknown().nullable(),
    industry: z
      .looseObject({
        code: z.string(),
        match: z.string(),
        classes: z.array(z.object({ code: z.string(), nameZh: z.string() })),
        weight: z.number(),
      })
      .nullable(),
    parameters: z.array(
      z.looseObject({
        key: z.string(),
        rule: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        outcome: z.enum(["met", "missed", "not-comparable", "not-stated"]),
        weight: z.number(),
      }),
    ),
    parametersNote: zMessage,
    corrections: z.array(z.looseObject({ id: z.string(), action: z.enum(["add", "remove"]), weight: z.number() })),
  }),
});
export type TGreenCandidate = z.infer<typeof zGreenCandidate>;

export const zGreenClassification = z.looseObject({
  catalogue: z.string(),
  vocabulary: z.string(),
  fingerprint: z.string(),
  verdict: z.enum(["green", "none"]),
  top: zGreenCandidate.nullable(),
  threshold: z.number(),
  candidates: z.array(zGreenCandidate),
  noneReasons: z.array(z.object({ code: z.string(), message: zMessage })),
  excluded: z.array(
    z.looseObject({ code: z.string(), nameZh: z.string(), nameEn: z.string(), reason: z.string(), message: zMessage }),
  ),
  globalExclusions: z.array(
    z.looseObject({ id: z.string(), nameEn: z.string(), reason: z.string(), applied: z.boolean() }),
  ),
  industry: z.object({ code: z.string(), recognised: z.boolean(), itemsListingIt: z.array(z.string()) }).nullable(),
  blue: z.looseObject({
    relevant: z.boolean(),
    basis: z.enum(["marine", "water"]).nullable(),
    categories: z.array(z.looseObject({ code: z.string(), nameEn: z.string(), nameZh: z.string().nullable() })),
    message: zMessage,
  }),
  transition: z.looseObject({
    relevant: z.boolean(),
    sectors: z.array(z.looseObject({ key: z.string(), nameZh: z.string(), nameEn: z.string() })),
    message: zMessage,
  }),
});
export type TGreenClassification = z.infer<typeof zGreenClassification>;

/** A catalogue node for pickers: code, level, names, and whether it is a leaf (level 3) that can be certified. */
export const zGreenCategoryOption = z.object({
  code: z.string(),
  level: z.number().int(),
  parent: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type TGreenCategoryOption = z.infer<typeof zGreenCategoryOption>;

/** A reviewer's correction kept as data (the domain's GreenCorrection, with who and on which project). */
export const zGreenCorrectionRow = z.object({
  id: z.string(),
  projectId: z.string().nullable(),
  match: z.union([z.object({ term: z.string() }), z.object({ fingerprint: z.string() })]),
  code: z.string(),
  action: z.enum(["add", "remove"]),
  weight: z.number().nullable(),
  note: z.string().nullable(),
  reviewer: z.string(),
  reviewerOrg: z.string(),
  decidedAt: z.string(),
});
export type TGreenCorrectionRow = z.infer<typeof zGreenCorrectionRow>;
