/** A green_financings row as the API shows it (zGreenFinancingRow): the institution, the project, the label's names. */
import type { TGreenFinancingRow } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import { categoryWithUse } from "../green-catalogue";
import { canonicalIndustry } from "./financing-catalogue";

export const FINANCING_ROW_SQL = `
  SELECT f.id, f.org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, f.instrument, f.reference,
         f.project_id, p.ref_no AS project_ref_no, p.name AS project_name, f.borrower_org_id, f.borrower_name,
         f.amount::text, f.outstanding::text, to_char(f.start_date, 'YYYY-MM-DD') AS start_date,
         to_char(f.maturity_date, 'YYYY-MM-DD') AS maturity_date, f.category_code, f.use_of_proceeds,
         f.industry_code, f.rate_percent::text, f.labelled_at
    FROM green_financings f
    JOIN organisations o ON o.id = f.org_id
    LEFT JOIN green_projects p ON p.id = f.project_id`;

export interface FinancingRecord {
  id: string;
  org_id: string;
  org_name_zh: string;
  org_name_en: string;
  instrument: TGreenFinancingRow["instrument"];
  reference: string;
  project_id: string | null;
  project_ref_no: string | null;
  project_name: string | null;
  borrower_org_id: string | null;
  borrower_name: string;
  amount: string;
  outstanding: string;
  start_date: string;
  maturity_date: string | null;
  category_code: string | null;
  use_of_proceeds: string;
  industry_code: string | null;
  rate_percent: string | null;
  labelled_at: Date;
}

export function toFinancingRow(r: FinancingRecord): TGreenFinancingRow {
  return {
    id: r.id,
    institution: { id: r.org_id, nameZh: r.org_name_zh, nameEn: r.org_name_en },
    instrument: r.instrument,
    reference: r.reference,
    project:
      r.project_id && r.project_ref_no !== null
        ? { id: r.project_id, refNo: r.project_ref_no, name: r.project_name ?? "" }
        : null,
    borrower: { id: r.borrower_org_id, name: r.borrower_name },
    amount: r.amount,
    outstanding: r.outstanding,
    startDate: r.start_date,
    maturityDate: r.maturity_date,
    category: categoryWithUse(r.category_code),
    useOfProceeds: r.use_of_proceeds,
    industryCode: r.industry_code,
    section: canonicalIndustry(r.industry_code)?.section ?? null,
    ratePercent: r.rate_percent,
    labelledAt: r.labelled_at.toISOString(),
  };
}

/** One financing by id (as the reader's database role sees it), or undefined. */
export async function readFinancing(db: Queryable, id: string): Promise<FinancingRecord | undefined> {
  const r = await db.query<FinancingRecord>(`${FINANCING_ROW_SQL} WHERE f.id = $1`, [id]);
  return r.rows[0];
}
