import { z } from "zod";

/**
 * What every green-taxonomy data file shares: the verification legend, non-blank text, sources, versions,
 * catalogue and GB/T 4754 codes, and the fields of a dataset's meta.json. Cross-record rules live in
 * `green-taxonomy-checks.ts`.
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
export const text = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s.trim() === s && s.trim().length > 0, "must not be blank or start/end with spaces");
/** A list of terms (possibly empty). */
export const terms = z.array(text);
export const sources = z.array(text).min(1, "every record names at least one source");
export const verification = z.enum(GREEN_VERIFICATION_STATUSES);
export const version = z.string().regex(/^\d{4}\.\d+$/, "a version like 2026.1");
/** "1", "1.2", "1.2.3", "1.2.3.4" */
export const CATALOGUE_CODE = /^[1-9]\d*(\.[1-9]\d*){0,3}$/;
export const catalogueCode = z.string().regex(CATALOGUE_CODE, "a catalogue code like 4.2.1");
export const gbtClass = z.string().regex(/^\d{4}$/, "a GB/T 4754 class has four digits");

export const zFact = z.strictObject({
  id: text,
  text,
  source: sources,
  verification,
  verificationNote: text.optional(),
});

export const GREEN_DATASET_KINDS = [
  "catalogue",
  "blue-categories",
  "transition-references",
  "crosswalks",
  "evaluation-set",
] as const;

/** What every dataset's meta.json says about itself. */
export const metaFields = {
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

export const zDocument = z.strictObject({
  number: text,
  issuers: z.array(text).min(1),
  dated: z.iso.date().nullable(),
  effective: z.iso.date().nullable(),
  url: text,
  source: sources,
  verification,
});

/** meta.json of the datasets that are not a catalogue. */
export const genericMeta = z.strictObject({
  ...metaFields,
  coverageOfSource: z.unknown().optional(),
  files: z.array(text).optional(),
  relations: z.record(z.string(), text).optional(),
});
