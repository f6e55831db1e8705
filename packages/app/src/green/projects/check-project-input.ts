/**
 * Everything wrong with a project as submitted, at once: the contract's shape, then what zod cannot know — the
 * GB/T 4754 code exists, the declared category is a level-3 item of the 2025 catalogue, the owner is an enterprise
 * the submitter may name, the years and amounts agree, and the expected-benefit inputs compute. One
 * AppError.validation lists every problem with its path; nothing is written.
 */
import { type TBenefitReport, type TGreenProjectInput, zGreenProjectInput } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import { resolveIndustryCode } from "@greenfin/reference";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem, isAppError } from "../../errors/app-error";
import { zodProblems } from "../../errors/zod-problems";
import { computeProjectBenefits } from "../benefits/compute-project-benefits";
import { notACatalogueItem } from "../green-catalogue";

export interface CheckedProjectInput {
  input: TGreenProjectInput;
  ownerOrgId: string;
  /** Canonical GB/T 4754 code, e.g. "D4415" for "4415". */
  industryCode: string;
  /** The expected benefits computed (null when none are stated). */
  expected: TBenefitReport | null;
}

const problem = (path: string, messageZh: string, messageEn: string): FieldProblem => ({
  path,
  messageZh: `${path}：${messageZh}`,
  messageEn: `${path}: ${messageEn}`,
});

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** Yuan text → cents, exact (the contract allows at most two decimals). */
function cents(v: string): bigint {
  const [whole, frac = ""] = v.split(".");
  return BigInt(whole ?? "0") * 100n + BigInt(`${frac}00`.slice(0, 2));
}

async function ownerProblems(
  db: Queryable,
  actor: Actor,
  ownerOrgId: unknown,
  existingOwner: string | undefined,
): Promise<{ owner: string | null; problems: FieldProblem[] }> {
  if (existingOwner !== undefined) {
    if (ownerOrgId === undefined || ownerOrgId === existingOwner) return { owner: existingOwner, problems: [] };
    return {
      owner: null,
      problems: [problem("ownerOrgId", "项目所有方不能更改", "the project's owner cannot be changed")],
    };
  }
  if (actor.orgKind === "enterprise") {
    if (ownerOrgId === undefined || ownerOrgId === actor.orgId) return { owner: actor.orgId, problems: [] };
    return {
      owner: null,
      problems: [problem("ownerOrgId", "企业只能申报本企业的项目", "an enterprise submits only its own projects")],
    };
  }
  if (!isText(ownerOrgId))
    return {
      owner: null,
      problems: [
        problem("ownerOrgId", "代企业申报须指明项目所属企业", "an institution must name the enterprise it submits for"),
      ],
    };
  const r = /^[0-9a-f-]{36}$/i.test(ownerOrgId)
    ? await db.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [ownerOrgId])
    : { rows: [] };
  if (r.rows[0]?.kind !== "enterprise")
    return {
      owner: null,
      problems: [problem("ownerOrgId", "不是平台上的企业", "not an enterprise on the platform")],
    };
  return { owner: ownerOrgId, problems: [] };
}

/**
 * Checks a submission. `existingOwner`: on resubmission, the project's owner (which cannot change).
 * Throws AppError.validation with every problem; returns the parsed input otherwise.
 */
export async function checkProjectInput(
  db: Queryable,
  actor: Actor,
  raw: unknown,
  existingOwner?: string,
): Promise<CheckedProjectInput> {
  const parsed = zGreenProjectInput.safeParse(raw);
  const problems: FieldProblem[] = parsed.success ? [] : zodProblems(parsed.error);
  const body = (parsed.success ? parsed.data : (raw ?? {})) as Record<string, unknown>;
  const bad = new Set(problems.map((p) => p.path.split(/[.[]/)[0]));

  const { owner, problems: ownerIssues } = await ownerProblems(db, actor, body.ownerOrgId, existingOwner);
  if (!bad.has("ownerOrgId")) problems.push(...ownerIssues);

  let industryCode: string | null = null;
  if (isText(body.industryCode) && !bad.has("industryCode")) {
    const resolved = resolveIndustryCode(body.industryCode);
    if (!resolved || resolved.level === "section")
      problems.push(
        problem(
          "industryCode",
          `「${body.industryCode}」不是 GB/T 4754-2017 的大类或小类代码`,
          `"${body.industryCode}" is not a GB/T 4754-2017 division or class`,
        ),
      );
    else industryCode = resolved.code;
  }

  const declared = isText(body.declaredCategory)
    ? notACatalogueItem("declaredCategory", body.declaredCategory.trim())
    : null;
  if (declared) problems.push(declared);

  if (typeof body.startYear === "number" && typeof body.operationYear === "number")
    if (body.operationYear < body.startYear)
      problems.push(problem("operationYear", "投产年份早于开工年份", "the operation year is before the start year"));

  if (parsed.success && cents(parsed.data.financingNeed) > cents(parsed.data.totalInvestment))
    problems.push(
      problem("financingNeed", "融资需求超过项目总投资", "the financing need exceeds the total investment"),
    );

  let expected: TBenefitReport | null = null;
  if (parsed.success && parsed.data.expectedBenefits.length > 0) {
    try {
      expected = computeProjectBenefits(parsed.data.expectedBenefits, { path: "expectedBenefits" });
    } catch (e) {
      if (!isAppError(e) || e.code !== "VALIDATION_FAILED") throw e;
      problems.push(...((e.details?.problems as FieldProblem[] | undefined) ?? []));
    }
  }

  if (problems.length > 0 || !parsed.success || !owner || !industryCode) throw AppError.validation(problems);
  return { input: parsed.data, ownerOrgId: owner, industryCode, expected };
}
