import { ENTERPRISE_SIZES, ORG_KINDS } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant, zPageQuery } from "./common";

export const zOrgKind = z.enum(ORG_KINDS);
export const zEnterpriseSize = z.enum(ENTERPRISE_SIZES);

export const zOrganisation = z.object({
  id: zId,
  kind: zOrgKind,
  nameZh: z.string(),
  nameEn: z.string(),
  uscc: z.string().nullable().describe("统一社会信用代码 / unified social credit code"),
  industryCode: z.string().nullable().describe("GB/T 4754-2017 code"),
  industryNameZh: z.string().nullable(),
  size: zEnterpriseSize.nullable(),
  employees: z.number().int().nullable(),
  revenueCny: z.string().nullable().describe("annual revenue in yuan, exact decimal text"),
  area: z.string().nullable().describe("district or county of the city"),
  address: z.string().nullable(),
  institutionType: z.string().nullable(),
  parentId: zId.nullable(),
  createdAt: zIsoInstant,
});
export type TOrganisation = z.infer<typeof zOrganisation>;

/** What anyone logged in may see of an organisation they have no access to beyond the directory. */
export const zOrganisationSummary = zOrganisation.pick({ id: true, kind: true, nameZh: true, nameEn: true });
export type TOrganisationSummary = z.infer<typeof zOrganisationSummary>;

export const zOrgListQuery = zPageQuery.extend({
  kind: zOrgKind.optional(),
  q: z.string().max(100).optional(),
  industrySection: z
    .string()
    .regex(/^[A-T]$/)
    .optional(),
});
export type TOrgListQuery = z.infer<typeof zOrgListQuery>;

const zDecimalText = z.string().regex(/^\d{1,16}(\.\d{1,2})?$/, "a non-negative amount with at most two decimals");

export const zCreateOrganisation = z.object({
  kind: zOrgKind,
  nameZh: z.string().trim().min(2).max(120),
  nameEn: z.string().trim().min(2).max(200),
  uscc: z.string().trim().length(18).optional(),
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T](\d{2}(\d{1,2})?)?$/)
    .optional(),
  size: zEnterpriseSize.optional(),
  employees: z.number().int().min(0).max(10_000_000).optional(),
  revenueCny: zDecimalText.optional(),
  area: z.string().max(40).optional(),
  address: z.string().max(200).optional(),
  institutionType: z.string().max(60).optional(),
  parentId: zId.optional(),
});
export type TCreateOrganisation = z.infer<typeof zCreateOrganisation>;

export const zUpdateOrganisation = zCreateOrganisation.omit({ kind: true, parentId: true }).partial();
export type TUpdateOrganisation = z.infer<typeof zUpdateOrganisation>;

/** The district's overview: how the zone is made up. */
export const zDistrictOverview = z.object({
  byKind: z.array(z.object({ kind: zOrgKind, count: z.number().int() })),
  enterprisesBySection: z.array(
    z.object({ section: z.string(), nameZh: z.string(), nameEn: z.string(), count: z.number().int() }),
  ),
  enterprisesBySize: z.array(z.object({ size: zEnterpriseSize, count: z.number().int() })),
  enterprisesByArea: z.array(z.object({ area: z.string(), count: z.number().int() })),
  totalEnterpriseRevenueCny: z.string(),
  activeGrants: z.number().int(),
  users: z.number().int(),
});
export type TDistrictOverview = z.infer<typeof zDistrictOverview>;
