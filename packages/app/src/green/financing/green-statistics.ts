/**
 * Green-financing statistics for a year in the central bank's shape (zGreenStatistics): an institution for its own
 * book; the district for the whole zone (with a row per institution) or for one institution (`orgId`). Reads the
 * financings that started by the year's end with what is needed of their projects, and leaves the adding up to the
 * domain (aggregateGreenStatistics).
 */
import type { TGreenStatistics, zGreenStatisticsQuery } from "@greenfin/contracts";
import { aggregateGreenStatistics, isFinancialInstitution, type OrgKind } from "@greenfin/domain";
import type { z } from "zod";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireStatisticsReader } from "./financing-access";
import { canonicalIndustry, financingCatalogue, industrySections, unconditionalBlueCodes } from "./financing-catalogue";

export type GreenStatisticsQuery = z.infer<typeof zGreenStatisticsQuery>;

interface Row {
  id: string;
  org_id: string;
  amount: string;
  outstanding: string;
  start_date: string;
  maturity_date: string | null;
  category_code: string | null;
  industry_code: string | null;
  project_id: string | null;
  expected_co2_t: string | null;
  total_investment: string | null;
  certified_blue: boolean | null;
}

async function scopeOf(p: Platform, actor: Actor, orgId: string | undefined) {
  const kind = requireStatisticsReader(actor);
  const target = kind === "institution" ? actor.orgId : orgId;
  if (kind === "institution" && orgId && orgId !== actor.orgId) throw AppError.notFound("organisation");
  if (!target) {
    const d = await p.db.query<{ name_zh: string }>("SELECT name_zh FROM organisations WHERE id = $1", [actor.orgId]);
    return { kind: "district" as const, orgId: null, name: d.rows[0]?.name_zh ?? "" };
  }
  const r = await p.db.query<{ name_zh: string; kind: OrgKind }>(
    "SELECT name_zh, kind FROM organisations WHERE id = $1",
    [target],
  );
  const org = r.rows[0];
  if (!org || !isFinancialInstitution(org.kind)) throw AppError.notFound("organisation");
  return {
    kind: kind === "district" ? ("district" as const) : ("institution" as const),
    orgId: target,
    name: org.name_zh,
  };
}

export async function greenStatistics(p: Platform, actor: Actor, q: GreenStatisticsQuery): Promise<TGreenStatistics> {
  const scope = await scopeOf(p, actor, q.orgId);
  const r = await p.db.query<Row>(
    `SELECT f.id, f.org_id, f.amount::text, f.outstanding::text, to_char(f.start_date, 'YYYY-MM-DD') AS start_date,
            to_char(f.maturity_date, 'YYYY-MM-DD') AS maturity_date, f.category_code, f.industry_code, f.project_id,
            p.expected_co2_t::text, p.total_investment::text, p.certified_blue
       FROM green_financings f LEFT JOIN green_projects p ON p.id = f.project_id
      WHERE f.instrument = $1 AND f.start_date <= make_date($2, 12, 31)
        AND (f.maturity_date IS NULL OR f.maturity_date >= make_date($2, 1, 1))
        AND ($3::uuid IS NULL OR f.org_id = $3)`,
    [q.instrument, q.year, scope.orgId],
  );
  const institutions =
    scope.kind === "district" && scope.orgId === null
      ? new Map(
          (
            await p.db.query<{ id: string; name_zh: string; name_en: string }>(
              "SELECT id, name_zh, name_en FROM organisations WHERE id = ANY($1::uuid[])",
              [[...new Set(r.rows.map((x) => x.org_id))]],
            )
          ).rows.map((o) => [o.id, { nameZh: o.name_zh, nameEn: o.name_en }]),
        )
      : null;
  const catalogue = financingCatalogue();
  const result = aggregateGreenStatistics({
    year: q.year,
    financings: r.rows.map((x) => ({
      id: x.id,
      institutionId: x.org_id,
      amount: x.amount,
      outstanding: x.outstanding,
      startDate: x.start_date,
      maturityDate: x.maturity_date,
      categoryCode: x.category_code,
      section: canonicalIndustry(x.industry_code)?.section ?? null,
      project:
        x.project_id && x.total_investment !== null
          ? {
              id: x.project_id,
              expectedCo2T: x.expected_co2_t,
              totalInvestment: x.total_investment,
              certifiedBlue: x.certified_blue === true,
            }
          : null,
    })),
    catalogue: catalogue.nodes.map((n) => ({
      code: n.code,
      level: n.level,
      parent: n.parent,
      nameZh: n.nameZh ?? n.code,
      nameEn: n.nameEn ?? n.code,
    })),
    sections: industrySections().map((s) => ({ code: s.code, nameZh: s.nameZh, nameEn: s.nameEn })),
    blueCodes: unconditionalBlueCodes(),
    institutions,
  });
  return { year: q.year, instrument: q.instrument, scope, catalogue: catalogue.ref, ...result };
}
