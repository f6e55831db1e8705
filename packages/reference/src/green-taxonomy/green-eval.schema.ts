import { z } from "zod";
import { catalogueCode, metaFields, text, verification } from "./green-schema-common";

/** The classifier's labelled evaluation set: meta.json and one record per project description. */
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
    /** dev: the vocabulary and classifier were tuned on it; holdout, holdout-2: never used to tune anything. */
    split: z.enum(["dev", "holdout", "holdout-2"]),
  })
  .refine((r) => r.blue === (r.blueBasis !== null), { message: "blueBasis is set exactly when blue is true" })
  .refine((r) => r.labelNote !== null || (r.labelConfidence === "clear" && r.expected !== "none"), {
    message: "a judgement label or a 'none' label explains itself in labelNote",
  });
export type GreenEvalRecord = z.output<typeof zEvalRecord>;
