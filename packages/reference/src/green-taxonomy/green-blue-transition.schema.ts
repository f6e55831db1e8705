import { z } from "zod";
import { genericMeta, sources, terms, text, verification } from "./green-schema-common";

/** Blue-finance categories, transition-finance references and the crosswalks between catalogues. */
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
