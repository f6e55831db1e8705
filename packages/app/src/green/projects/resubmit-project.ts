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
import { projectContentColumns } from "./project-content";
import { addProjectEvent } from "./project-events";
import { loadProjectParties, lockProject } from "./project-lock";
import { readProjectDetail } from "./read-project";

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
    const content = projectContentColumns(checked, c);
    const set = content.map((x, i) => `${x.column} = $${i + 2}${x.cast ?? ""}`).join(", ");
    const n = content.length + 2;
    await tx.query(
      `UPDATE green_projects SET ${set}, status = 'submitted', return_note = NULL, updated_at = $${n} WHERE id = $1`,
      [projectId, ...content.map((x) => x.value), now],
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
