/** The product input and its eligibility rules, checked with zod in the shape the domain's matching takes. */

import { MARKET_SUB_TYPES_BY_FAMILY } from "@greenfin/contracts";
import {
  COLLATERAL_KINDS,
  DATA_CONSENTS,
  ENTERPRISE_SIZES,
  FINANCE_PURPOSES,
  type ProductEligibilityRules,
} from "@greenfin/domain";
import { z } from "zod";
import type { FieldProblem } from "../../errors/app-error";
import { esgGradeScale, fieldProblem } from "./need-rows";
import { pricingRefFor, pricingTemplates } from "./product-pricing";

export const PRODUCT_FAMILIES = ["green_credit", "green_bond", "wealth", "insurance"] as const;

/** Sub-types each family admits (issue 7 item 1): the contracts' list, which the clients read too. */
export const PRODUCT_SUB_TYPES: Readonly<Record<(typeof PRODUCT_FAMILIES)[number], readonly string[]>> =
  MARKET_SUB_TYPES_BY_FAMILY;

const range = (integer: boolean) =>
  z
    .strictObject({
      min: (integer ? z.number().int() : z.number()).nonnegative().optional(),
      max: (integer ? z.number().int() : z.number()).positive().optional(),
    })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: "min must not exceed max",
    });

const codes = (pattern: RegExp) => z.array(z.string().regex(pattern)).max(200);

export function eligibilitySchema() {
  const grades = esgGradeScale();
  return z.strictObject({
    industries: codes(/^[A-T](\d{2,4})?$/).optional(),
    catalogueCategories: codes(/^\d+(\.\d+){0,3}$/).optional(),
    minEsgGrade: z
      .string()
      .refine((g) => grades.includes(g), { message: `an ESG grade on the scale ${grades.join(" ")}` })
      .optional(),
    maxCarbonGrade: z.number().int().min(1).max(5).optional(),
    amount: range(false).optional(),
    tenorMonths: range(true).optional(),
    collateral: z.array(z.enum(COLLATERAL_KINDS)).optional(),
    enterpriseSizes: z.array(z.enum(ENTERPRISE_SIZES)).optional(),
    purposes: z.array(z.enum(FINANCE_PURPOSES)).optional(),
    requiredConsents: z.array(z.enum(DATA_CONSENTS)).optional(),
  });
}

const RATE = /^\d{1,3}(\.\d{1,4})?$/;

export function productSchema() {
  return z
    .strictObject({
      productKey: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
      family: z.enum(PRODUCT_FAMILIES),
      subType: z.string().optional(),
      nameZh: z.string().trim().min(1).max(200),
      nameEn: z.string().trim().min(1).max(200),
      description: z.string().max(5000).default(""),
      eligibility: eligibilitySchema(),
      rate: z
        .strictObject({ min: z.string().regex(RATE), max: z.string().regex(RATE) })
        .refine((r) => Number(r.min) <= Number(r.max), { message: "min must not exceed max" })
        .optional(),
      pricingTemplate: z
        .string()
        .refine((key) => pricingRefFor(key) !== null, {
          message: `a pricing table of the reference set: ${pricingTemplates()
            .map((t) => t.key)
            .join(", ")}`,
        })
        .optional(),
      draft: z.boolean().optional(),
    })
    .superRefine((v, ctx) => {
      if (v.subType !== undefined && !PRODUCT_SUB_TYPES[v.family].includes(v.subType))
        ctx.addIssue({
          code: "custom",
          path: ["subType"],
          message: `a ${v.family} product's sub-type is one of ${PRODUCT_SUB_TYPES[v.family].join(", ")}`,
        });
    });
}

export type ProductInput = z.input<ReturnType<typeof productSchema>>;

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join(".") || "(input)";
    return fieldProblem(path, i.message, i.message);
  });
}

export type { ProductEligibilityRules };
