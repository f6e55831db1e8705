/**
 * How a project is read back: one SELECT for list rows (with the derived stage and the financed sum, which every
 * reader sees: migration 0008 keeps them on the project) and its mapping to the contract's row.
 */
import type { TGreenProjectRow } from "@greenfin/contracts";
import { categoryRef } from "../green-catalogue";

/** certified + a benefit report = monitored; certified + a linked financing = financed; else the status. */
export const STAGE_SQL = `CASE WHEN g.status <> 'certified' THEN g.status
       WHEN EXISTS (SELECT 1 FROM green_benefit_reports b WHERE b.project_id = g.id) THEN 'monitored'
       WHEN g.financing_count > 0 THEN 'financed'
       ELSE 'certified' END`;

/** The category a list shows and filters by: the certified one, else the classifier's top proposal. */
export const CATEGORY_SQL = "coalesce(g.certified_category, g.proposed_category)";

export const ROW_COLUMNS = `g.id, g.ref_no, g.name, g.org_id, g.submitted_by_org_id, o.name_zh AS owner_zh, o.name_en AS owner_en,
       g.area, g.industry_code, g.status, ${STAGE_SQL} AS stage, g.certified_category, g.proposed_category,
       g.proposed_confidence::float8 AS proposed_confidence,
       coalesce(g.certified_blue, g.proposed_blue) AS blue,
       coalesce(g.certified_transition, g.proposed_transition) AS transition,
       g.total_investment::text AS total_investment, g.financing_need::text AS financing_need,
       g.expected_co2_t::text AS expected_co2_t,
       g.financed_amount::text AS financed,
       g.submitted_at, g.updated_at`;

export const ROW_FROM = "FROM green_projects g JOIN organisations o ON o.id = g.org_id";

export interface ProjectRowData {
  id: string;
  ref_no: string;
  name: string;
  org_id: string;
  submitted_by_org_id: string;
  owner_zh: string;
  owner_en: string;
  area: string;
  industry_code: string;
  status: TGreenProjectRow["status"];
  stage: TGreenProjectRow["stage"];
  certified_category: string | null;
  proposed_category: string | null;
  proposed_confidence: number | null;
  blue: boolean;
  transition: boolean;
  total_investment: string;
  financing_need: string;
  expected_co2_t: string | null;
  financed: string;
  submitted_at: Date;
  updated_at: Date;
}

export function toProjectRow(r: ProjectRowData): TGreenProjectRow {
  const certified = r.certified_category !== null;
  const code = r.certified_category ?? r.proposed_category;
  return {
    id: r.id,
    refNo: r.ref_no,
    name: r.name,
    owner: { id: r.org_id, nameZh: r.owner_zh, nameEn: r.owner_en },
    area: r.area,
    industryCode: r.industry_code,
    status: r.status,
    stage: r.stage,
    category: categoryRef(code),
    categorySource: code === null ? null : certified ? "certified" : "proposed",
    confidence: certified || r.proposed_confidence === null ? null : Number(r.proposed_confidence),
    blue: r.blue,
    transition: r.transition,
    totalInvestment: r.total_investment,
    financingNeed: r.financing_need,
    financed: r.financed,
    expectedCo2AvoidedT: r.expected_co2_t,
    submittedAt: r.submitted_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
