/**
 * Resubmitting (PUT): the owner or submitter replaces a returned project's content — or a submitted one's, before
 * any reviewer decided — and it is classified again and goes back to the reviewers. The owner cannot change.
 */
import type { TGreenProjectDetail } from "@greenfin/contracts";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { checkProjectInput } from "./check-project-input";
import { classifyProjectInput } from "./classify-project-input";
import { requirePartyWriter, requireVisible } from "./project-access";
import { addProjectEvent } from "./project-events";
import { loadProjectParties, lockProject } from "./project-lock";
import { readProjectDetail } from "./read-project";
import { co2Total } from "./submit-project";

export const notEditable = (status: string) =>
  new AppError("CONFLICT", {
    zh: `项目状态为「${status}」，只有待审或退回的项目可以修改或撤回`,
    en: `The project is "${status}": only a submitted or returned project can be changed or withdrawn`,
    details: { status },
  });

export async function resubmitProject(
  p: Platform,
  actor: Actor,
  projectId: string,
  raw: unknown,
): Promise<TGreenProjectDetail> {
  const before = requireVisible(actor, await loadProjectParties(p.db, projectId));
  requirePartyWriter(actor, before);
  const checked = await checkProjectInput(p.db, actor, raw, before.org_id);
  const { input } = checked;
  const c = await classifyProjectInput(p, input, checked.industryCode);
  return p.db.transaction(async (tx) => {
    const project = requireVisible(actor, await lockProject(tx, projectId));
    if (project.status !== "submitted" && project.status !== "returned") throw notEditable(project.status);
    const now = p.clock.now();
    await tx.query(
      `UPDATE green_projects SET name = $2, description = $3, area = $4, address = $5, industry_code = $6,
         declared_category = $7, total_investment = $8, financing_need = $9, start_year = $10, operation_year = $11,
         eia_status = $12, parameters = $13::jsonb, expected_benefits = $14::jsonb, expected_result = $15,
         expected_co2_t = $16, classification = $17, classifier_catalogue = $18, classifier_vocabulary = $19,
         fingerprint = $20, proposed_category = $21, proposed_confidence = $22, proposed_blue = $23,
         proposed_transition = $24, status = 'submitted', return_note = NULL, updated_at = $25
       WHERE id = $1`,
      [
        projectId,
        input.name,
        input.description,
        input.area,
        input.address ?? null,
        checked.industryCode,
        input.declaredCategory ?? null,
        input.totalInvestment,
        input.financingNeed,
        input.startYear ?? null,
        input.operationYear ?? null,
        input.eiaStatus,
        JSON.stringify(input.parameters),
        JSON.stringify(input.expectedBenefits),
        checked.expected ? JSON.stringify(checked.expected) : null,
        co2Total(checked.expected),
        c.classification,
        c.catalogue,
        c.vocabulary,
        c.fingerprint,
        c.proposedCategory,
        c.proposedConfidence,
        c.blue,
        c.transition,
        now,
      ],
    );
    await addProjectEvent(tx, actor, now, project, "resubmit", null, {
      previousStatus: project.status,
      proposed: c.proposedCategory,
    });
    await appendAudit(tx, actor, now, {
      action: "green_project.resubmit",
      entityType: "green_project",
      entityId: projectId,
      orgId: project.org_id,
      details: {
        refNo: project.ref_no,
        previousStatus: project.status,
        name: input.name,
        proposed: c.proposedCategory,
        fingerprint: c.fingerprint,
      },
    });
    return readProjectDetail(tx, actor, projectId);
  });
}
