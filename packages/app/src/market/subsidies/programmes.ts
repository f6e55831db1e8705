/**
 * The district's subsidy programmes: created (as a draft, or opened at once) with every problem of the input listed by
 * field; opened for applications; closed (no new applications; those submitted may still be decided and paid). The
 * rule cannot change once opened (the database holds that too). Listed for institutions and enterprises once opened.
 * Every change is audited in its transaction.
 */
import { type TSubsidyProgrammeInput, zSubsidyProgrammeInput } from "@greenfin/contracts";
import { greenTaxonomyNode, loadGreenTaxonomy } from "@greenfin/reference";
import Decimal from "decimal.js";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import { zodProblems } from "../../errors/zod-problems";
import type { Platform } from "../../platform";
import { requireSubsidyManager, requireSubsidyReader } from "./subsidy-access";
import {
  fieldProblem,
  isIsoDate,
  PROGRAMME_SELECT,
  type ProgrammeRow,
  type ProgrammeStatus,
  type SubsidyProgrammeView,
  toProgrammeView,
  visibleProgramme,
} from "./subsidy-rows";

export type ProgrammeInput = TSubsidyProgrammeInput;

export interface ProgrammeQuery {
  status?: ProgrammeStatus;
}

function ruleProblems(v: ProgrammeInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  const rate = new Decimal(v.rate);
  if (rate.lte(0) || rate.gt(100))
    out.push(fieldProblem("rate", "贴息率应大于 0 且不超过 100", "the rate must be above 0 and at most 100"));
  if (v.kind === "rate_points" && rate.gt(20))
    out.push(
      fieldProblem(
        "rate",
        "贴息点数按年化百分点计，不应超过 20",
        "rate points are percentage points a year, at most 20",
      ),
    );
  const taxonomy = loadGreenTaxonomy();
  v.categoryPrefixes.forEach((code, i) => {
    if (!greenTaxonomyNode(taxonomy, code))
      out.push(
        fieldProblem(
          `categoryPrefixes.${i}`,
          `「${code}」不是《绿色金融支持项目目录（2025年版）》的分类`,
          `"${code}" is not a category of the 2025 green finance catalogue`,
        ),
      );
  });
  if (new Set(v.categoryPrefixes).size !== v.categoryPrefixes.length)
    out.push(fieldProblem("categoryPrefixes", "分类重复", "a category is listed twice"));
  for (const key of ["periodStart", "periodEnd"] as const)
    if (!isIsoDate(v[key])) out.push(fieldProblem(key, "日期应为 YYYY-MM-DD", "a date YYYY-MM-DD"));
  if (isIsoDate(v.periodStart) && isIsoDate(v.periodEnd) && v.periodEnd < v.periodStart)
    out.push(fieldProblem("periodEnd", "结束日不能早于开始日", "the period cannot end before it starts"));
  if (new Decimal(v.budget).lte(0)) out.push(fieldProblem("budget", "预算须大于零", "the budget must be above zero"));
  if (v.perLoanCap !== undefined) {
    const cap = new Decimal(v.perLoanCap);
    if (cap.lte(0)) out.push(fieldProblem("perLoanCap", "单笔上限须大于零", "the per-loan cap must be above zero"));
    else if (cap.gt(v.budget))
      out.push(fieldProblem("perLoanCap", "单笔上限不能超过预算", "the per-loan cap cannot exceed the budget"));
  }
  return out;
}

export async function createProgramme(p: Platform, actor: Actor, input: ProgrammeInput): Promise<SubsidyProgrammeView> {
  requireSubsidyManager(actor, "write");
  const parsed = zSubsidyProgrammeInput.safeParse(input);
  if (!parsed.success) throw AppError.validation(zodProblems(parsed.error));
  const v = parsed.data;
  const problems = ruleProblems(v);
  if (problems.length) throw AppError.validation(problems);
  const now = p.clock.now();
  const status: ProgrammeStatus = v.open ? "open" : "draft";
  return p.db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO subsidy_programmes (org_id, name_zh, name_en, description, kind, rate, category_prefixes,
                                       period_start, period_end, per_loan_cap, budget, status, created_by, created_at,
                                       opened_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7::text[],$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
      [
        actor.orgId,
        v.nameZh,
        v.nameEn,
        v.description ?? "",
        v.kind,
        v.rate,
        v.categoryPrefixes,
        v.periodStart,
        v.periodEnd,
        v.perLoanCap ?? null,
        v.budget,
        status,
        actor.userId,
        now,
        status === "open" ? now : null,
      ],
    );
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "market.subsidy.programme.create",
      entityType: "subsidy_programme",
      entityId: id,
      orgId: actor.orgId,
      details: {
        nameZh: v.nameZh,
        kind: v.kind,
        rate: v.rate,
        categoryPrefixes: v.categoryPrefixes,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        perLoanCap: v.perLoanCap ?? null,
        budget: v.budget,
        status,
      },
    });
    return toProgrammeView((await tx.query<ProgrammeRow>(`${PROGRAMME_SELECT} WHERE g.id = $1`, [id])).rows[0]!);
  });
}

async function moveProgramme(
  p: Platform,
  actor: Actor,
  programmeId: string,
  to: "open" | "closed",
): Promise<SubsidyProgrammeView> {
  requireSubsidyReader(actor);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const programme = await visibleProgramme(tx, actor, programmeId);
    if (!programme) throw AppError.notFound("subsidy_programme");
    requireSubsidyManager(actor, "write");
    const from: ProgrammeStatus = to === "open" ? "draft" : "open";
    const updated = await tx.query<{ id: string }>(
      `UPDATE subsidy_programmes SET status = $2, ${to === "open" ? "opened_at" : "closed_at"} = $3
        WHERE id = $1 AND status = $4 RETURNING id`,
      [programme.id, to, now, from],
    );
    if (updated.rows.length === 0)
      throw new AppError("CONFLICT", {
        zh: `贴息政策当前状态为「${programme.status}」，不能${to === "open" ? "开放申请" : "关闭"}`,
        en: `the programme is ${programme.status}; it cannot be ${to === "open" ? "opened" : "closed"}`,
        details: { field: "status", status: programme.status },
      });
    await appendAudit(tx, actor, now, {
      action: to === "open" ? "market.subsidy.programme.open" : "market.subsidy.programme.close",
      entityType: "subsidy_programme",
      entityId: programme.id,
      orgId: programme.org_id,
      details: { from, to, committed: programme.committed, budget: programme.budget },
    });
    return toProgrammeView(
      (await tx.query<ProgrammeRow>(`${PROGRAMME_SELECT} WHERE g.id = $1`, [programme.id])).rows[0]!,
    );
  });
}

/** A draft is opened for applications. */
export const openProgramme = (p: Platform, actor: Actor, programmeId: string) =>
  moveProgramme(p, actor, programmeId, "open");

/** An open programme takes no new applications; submitted ones may still be decided and paid. */
export const closeProgramme = (p: Platform, actor: Actor, programmeId: string) =>
  moveProgramme(p, actor, programmeId, "closed");

export async function listProgrammes(
  p: Platform,
  actor: Actor,
  query: ProgrammeQuery = {},
): Promise<SubsidyProgrammeView[]> {
  requireSubsidyReader(actor);
  const params: unknown[] = [];
  const where: string[] = [];
  if (actor.orgKind !== "district") where.push("g.status <> 'draft'");
  if (query.status) {
    params.push(query.status);
    where.push(`g.status = $${params.length}`);
  }
  const r = await p.db.query<ProgrammeRow>(
    `${PROGRAMME_SELECT} WHERE ${where.length ? where.join(" AND ") : "TRUE"} ORDER BY g.created_at DESC, g.id`,
    params,
  );
  return r.rows.map(toProgrammeView);
}
