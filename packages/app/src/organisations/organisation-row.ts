import type { EnterpriseSize, OrgKind } from "@greenfin/domain";
import { industryName } from "@greenfin/reference";

export interface OrganisationRow {
  id: string;
  kind: OrgKind;
  name_zh: string;
  name_en: string;
  uscc: string | null;
  industry_code: string | null;
  size: EnterpriseSize | null;
  employees: number | null;
  revenue_cny: string | null;
  area: string | null;
  address: string | null;
  institution_type: string | null;
  parent_id: string | null;
  created_at: Date;
}

export function toOrganisation(r: OrganisationRow) {
  return {
    id: r.id,
    kind: r.kind,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    uscc: r.uscc,
    industryCode: r.industry_code,
    industryNameZh: r.industry_code ? (industryName(r.industry_code) ?? null) : null,
    size: r.size,
    employees: r.employees,
    revenueCny: r.revenue_cny,
    area: r.area,
    address: r.address,
    institutionType: r.institution_type,
    parentId: r.parent_id,
    createdAt: r.created_at.toISOString(),
  };
}
export type Organisation = ReturnType<typeof toOrganisation>;

export const ORG_COLUMNS =
  "id, kind, name_zh, name_en, uscc, industry_code, size, employees, revenue_cny, area, address, institution_type, parent_id, created_at";
