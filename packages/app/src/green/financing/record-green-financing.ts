/**
 * An institution records a loan, bond or insurance policy of its book as a green financing: linked to a certified
 * project of the library (borrower, industry and label default from it) or standing alone with a level-3 label of the
 * 2025 catalogue (or none: recorded unlabelled). Checked whole — every problem listed — then saved in one
 * transaction with its audit entry and, when linked, a `financing` event on the project.
 */
import type { TGreenFinancingInput, TGreenFinancingRow } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import Decimal from "decimal.js";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { notACatalogueItem } from "../green-catalogue";
import { requireFinancingWriter } from "./financing-access";
import { canonicalIndustry } from "./financing-catalogue";
import { readFinancing, toFinancingRow } from "./financing-row";

interface LinkedProject {
  id: string;
  org_id: string;
  submitted_by_org_id: string;
  status: string;
  industry_code: string;
  certified_category: string | null;
  owner_name: string;
}

const problem = (path: string, zh: string, en: string): FieldProblem => ({
  path,
  messageZh: `${path}：${zh}`,
  messageEn: `${path}: ${en}`,
});

/**
 * The project an institution links to. One it cannot see (another's submission not yet certified, or no such id) is
 * NOT_FOUND; one it submitted itself that is not certified yet is a problem with the field.
 */
async function linkedProject(tx: Queryable, actor: Actor, projectId: string, problems: FieldProblem[]) {
  const r = await tx.query<LinkedProject>(
    `SELECT p.id, p.org_id, p.submitted_by_org_id, p.status, p.industry_code, p.certified_category,
            o.name_zh AS owner_name
       FROM green_projects p JOIN organisations o ON o.id = p.org_id WHERE p.id = $1`,
    [projectId],
  );
  const project = r.rows[0];
  const visible =
    project &&
    (project.status === "certified" || project.submitted_by_org_id === actor.orgId || project.org_id === actor.orgId);
  if (!project || !visible) throw AppError.notFound("green_project");
  if (project.status !== "certified")
    problems.push(
      problem("projectId", "只能关联已认证的项目", "only a certified project of the library can be financed"),
    );
  return project;
}

async function borrowerOrg(tx: Queryable, id: string) {
  const r = await tx.query<{ name_zh: string; industry_code: string | null }>(
    "SELECT name_zh, industry_code FROM organisations WHERE id = $1",
    [id],
  );
  return r.rows[0];
}

function amountProblems(input: TGreenFinancingInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const amount = new Decimal(input.amount);
  if (amount.isZero()) problems.push(problem("amount", "金额须大于零", "the amount must be greater than zero"));
  if (input.outstanding !== undefined && new Decimal(input.outstanding).gt(amount))
    problems.push(problem("outstanding", "余额不能超过金额", "the outstanding balance cannot exceed the amount"));
  if (input.maturityDate !== undefined && input.maturityDate < input.startDate)
    problems.push(problem("maturityDate", "到期日不能早于起始日", "the maturity date cannot be before the start date"));
  return problems;
}

export async function recordGreenFinancing(
  p: Platform,
  actor: Actor,
  input: TGreenFinancingInput,
): Promise<TGreenFinancingRow> {
  requireFinancingWriter(actor);
  const now = p.clock.now();
  return p.db.transaction((tx) => insertGreenFinancing(tx, actor, now, input));
}

/** The recording inside the caller's transaction (the marketplace records a funded loan with its funding). */
export async function insertGreenFinancing(
  tx: Queryable,
  actor: Actor,
  now: Date,
  input: TGreenFinancingInput,
): Promise<TGreenFinancingRow> {
  const problems = amountProblems(input);
  const project = input.projectId ? await linkedProject(tx, actor, input.projectId, problems) : null;
  const borrowerId = input.borrowerOrgId ?? project?.org_id ?? null;
  const borrower = borrowerId ? await borrowerOrg(tx, borrowerId) : undefined;
  if (borrowerId && !borrower) throw AppError.notFound("organisation");
  const borrowerName = input.borrowerName ?? (input.borrowerOrgId ? borrower?.name_zh : project?.owner_name);
  if (!borrowerName)
    problems.push(problem("borrowerName", "须填写借款人/发行人/被保险人", "name the borrower, issuer or insured"));
  const categoryCode = input.categoryCode || project?.certified_category || null;
  if (input.categoryCode) {
    const bad = notACatalogueItem("categoryCode", input.categoryCode);
    if (bad) problems.push(bad);
  }
  const industryText = input.industryCode || project?.industry_code || borrower?.industry_code || null;
  const industry = canonicalIndustry(industryText);
  if (industryText && !industry)
    problems.push(
      problem("industryCode", `${industryText} 不是 GB/T 4754 代码`, `${industryText} is not a GB/T 4754 code`),
    );
  if (problems.length) throw AppError.validation(problems);

  const duplicate = await tx.query(
    "SELECT 1 FROM green_financings WHERE org_id = $1 AND instrument = $2 AND reference = $3",
    [actor.orgId, input.instrument, input.reference],
  );
  if (duplicate.rows.length) throw duplicateReference(input);

  const inserted = await tx
    .query<{ id: string }>(
      `INSERT INTO green_financings (org_id, instrument, reference, project_id, borrower_org_id, borrower_name, amount,
                                   outstanding, start_date, maturity_date, category_code, use_of_proceeds,
                                   industry_code, rate_percent, created_by, created_at, labelled_by, labelled_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$15,$16) RETURNING id`,
      [
        actor.orgId,
        input.instrument,
        input.reference,
        project?.id ?? null,
        borrowerId,
        borrowerName,
        input.amount,
        input.outstanding ?? input.amount,
        input.startDate,
        input.maturityDate ?? null,
        categoryCode,
        input.useOfProceeds,
        industry?.code ?? null,
        input.ratePercent ?? null,
        actor.userId,
        now,
      ],
    )
    .catch((e: unknown) => {
      // Another request recorded the same reference between the check and the insert.
      throw (e as { code?: string }).code === "23505" ? duplicateReference(input) : e;
    });
  const id = inserted.rows[0]!.id;
  if (project)
    await tx.query(
      `INSERT INTO green_project_events (project_id, org_id, action, at, actor_user, actor_org, note, details)
       VALUES ($1, $2, 'financing', $3, $4, $5, $6, $7::jsonb)`,
      [
        project.id,
        project.org_id,
        now,
        actor.userId,
        actor.orgId,
        `${input.instrument} ${input.reference}: ${input.amount}`,
        JSON.stringify({ financingId: id, instrument: input.instrument, amount: input.amount }),
      ],
    );
  await appendAudit(tx, actor, now, {
    action: "green.financing.record",
    entityType: "green_financing",
    entityId: id,
    orgId: actor.orgId,
    details: {
      instrument: input.instrument,
      reference: input.reference,
      projectId: project?.id ?? null,
      amount: input.amount,
      categoryCode,
      useOfProceeds: input.useOfProceeds,
    },
  });
  return toFinancingRow((await readFinancing(tx, id))!);
}

export function duplicateReference(input: { instrument: string; reference: string }): AppError {
  return new AppError("CONFLICT", {
    zh: `本机构已登记编号为 ${input.reference} 的同类融资`,
    en: `This institution has already recorded a ${input.instrument} with reference ${input.reference}`,
    details: { field: "reference", instrument: input.instrument, reference: input.reference },
  });
}
