/**
 * A reviewer's decision on a submitted project: certify it with a level-3 category, evidence and conditions, return
 * it for changes, or reject it. The row is locked and its status checked, so of two simultaneous decisions exactly
 * one wins and the other gets CONFLICT. When the certified category is not the classifier's top proposal, the
 * decision is also kept as a correction the classifier reads from then on (green-classifier-cache.ts).
 */
import { type TGreenProjectDecision, type TGreenProjectDetail, zGreenProjectDecision } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import { CORRECTION_ADD_WEIGHT, type GreenClassification, normaliseText } from "@greenfin/domain";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import { zodProblems } from "../../errors/zod-problems";
import type { Platform } from "../../platform";
import { notACatalogueItem } from "../green-catalogue";
import { requireNoConflict, requireReviewerRole, requireVisible } from "./project-access";
import { addProjectEvent, zoneYear } from "./project-events";
import { lockProject, type ProjectLockRow } from "./project-lock";
import { readProjectDetail } from "./read-project";

type Certify = Extract<TGreenProjectDecision, { action: "certify" }>;

const invalid = (path: string, zh: string, en: string) =>
  AppError.validation([{ path, messageZh: `${path}：${zh}`, messageEn: `${path}: ${en}` }]);

/**
 * The score a fingerprint correction adds: enough for the reviewer's item to lead on this exact text (at least the
 * default), since the reviewer decided this very text.
 */
function fingerprintWeight(c: GreenClassification, code: string): number {
  const lead = c.candidates[0]?.score ?? 0;
  const own = c.candidates.find((x) => x.code === code)?.score ?? 0;
  return Math.max(CORRECTION_ADD_WEIGHT, Math.ceil(lead - own + 1));
}

async function storeCorrection(
  tx: Queryable,
  actor: Actor,
  now: Date,
  project: ProjectLockRow,
  classification: GreenClassification,
  d: Certify,
): Promise<string> {
  const kind = d.correction?.kind ?? "fingerprint";
  let value = project.fingerprint;
  let weight: number | null = fingerprintWeight(classification, d.categoryCode);
  if (kind === "term") {
    const term = d.correction?.term;
    if (!term) throw invalid("correction.term", "请给出项目文本中的词语", "name a phrase of the project's text");
    const text = normaliseText(`${project.name}\n${project.description}`).folded;
    if (!text.includes(normaliseText(term).folded))
      throw invalid("correction.term", `「${term}」未出现在项目名称或描述中`, `"${term}" does not occur in the text`);
    value = term;
    weight = null;
  }
  const r = await tx.query<{ id: string }>(
    `INSERT INTO green_classifier_corrections (project_id, match_kind, match_value, code, action, weight, note, reviewer,
       reviewer_org, created_at)
     VALUES ($1,$2,$3,$4,'add',$5,$6,$7,$8,$9) RETURNING id`,
    [project.id, kind, value, d.categoryCode, weight, d.evidenceNote, actor.userId, actor.orgId, now],
  );
  const id = r.rows[0]!.id;
  await appendAudit(tx, actor, now, {
    action: "green_classifier.correction",
    entityType: "green_classifier_correction",
    entityId: id,
    orgId: null,
    details: {
      projectId: project.id,
      match: kind === "term" ? { term: value } : { fingerprint: value },
      code: d.categoryCode,
      action: "add",
      weight,
      classifierTop: classification.top?.code ?? null,
    },
  });
  return id;
}

async function certify(
  tx: Queryable,
  actor: Actor,
  now: Date,
  project: ProjectLockRow,
  d: Certify,
): Promise<Record<string, unknown>> {
  const notItem = notACatalogueItem("categoryCode", d.categoryCode);
  if (notItem) throw AppError.validation([notItem]);
  const classification = JSON.parse(project.classification) as GreenClassification;
  const agreed = classification.top?.code === d.categoryCode;
  const correctionId = agreed ? null : await storeCorrection(tx, actor, now, project, classification, d);
  // The certificate carries the project's own sequence number: unique without a second counter.
  const certificateNo = `GC-${zoneYear(now)}-${project.ref_no.split("-").pop()}`;
  await tx.query(
    `UPDATE green_projects SET status = 'certified', certificate_no = $2, certified_category = $3, certified_blue = $4,
       certified_transition = $5, evidence_note = $6, conditions = $7, agreed_with_classifier = $8, certified_by = $9,
       certifier_org_id = $10, certified_at = $11, return_note = NULL, updated_at = $11
     WHERE id = $1`,
    [
      project.id,
      certificateNo,
      d.categoryCode,
      d.blue,
      d.transition,
      d.evidenceNote,
      d.conditions || null,
      agreed,
      actor.userId,
      actor.orgId,
      now,
    ],
  );
  return {
    certificateNo,
    category: d.categoryCode,
    blue: d.blue,
    transition: d.transition,
    agreedWithClassifier: agreed,
    classifierTop: classification.top?.code ?? null,
    correctionId,
  };
}

export async function decideProject(
  p: Platform,
  actor: Actor,
  projectId: string,
  raw: unknown,
): Promise<TGreenProjectDetail> {
  requireReviewerRole(actor);
  const parsed = zGreenProjectDecision.safeParse(raw);
  if (!parsed.success) throw AppError.validation(zodProblems(parsed.error));
  const d = parsed.data;
  return p.db.transaction(async (tx) => {
    const project = requireVisible(actor, await lockProject(tx, projectId));
    requireNoConflict(actor, project);
    if (project.status !== "submitted")
      throw new AppError("CONFLICT", {
        zh: `项目状态为「${project.status}」，已有审核结论或已撤回`,
        en: `The project is "${project.status}": it has been decided or withdrawn already`,
        details: { status: project.status },
      });
    if (!actor.userId) throw AppError.forbidden("认定须由具名审核人员作出", "A decision is made by a named reviewer");
    const now = p.clock.now();
    let details: Record<string, unknown>;
    let note: string | null;
    if (d.action === "certify") {
      details = await certify(tx, actor, now, project, d);
      note = d.evidenceNote;
    } else {
      await tx.query("UPDATE green_projects SET status = $2, return_note = $3, updated_at = $4 WHERE id = $1", [
        project.id,
        d.action === "return" ? "returned" : "rejected",
        d.note,
        now,
      ]);
      details = {};
      note = d.note;
    }
    await addProjectEvent(tx, actor, now, project, d.action, note, details);
    await appendAudit(tx, actor, now, {
      action: `green_project.${d.action}`,
      entityType: "green_project",
      entityId: project.id,
      orgId: project.org_id,
      details: { refNo: project.ref_no, note, ...details },
    });
    return readProjectDetail(tx, actor, project.id);
  });
}
