/** The owner or submitter withdraws a project still under review (submitted or returned); it stays on record. */
import type { TGreenProjectDetail } from "@greenfin/contracts";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requirePartyWriter, requireVisible } from "./project-access";
import { addProjectEvent } from "./project-events";
import { loadProjectParties, lockProject } from "./project-lock";
import { readProjectDetail } from "./read-project";
import { notEditable } from "./resubmit-project";

export async function withdrawProject(
  p: Platform,
  actor: Actor,
  projectId: string,
  input: { note?: string | undefined },
): Promise<TGreenProjectDetail> {
  return p.db.transaction(async (tx) => {
    // Who may act is decided on the row as read; the lock follows (under row-level security a row the actor may
    // not update would not even be returned by FOR UPDATE, and a reader is owed FORBIDDEN, not NOT_FOUND).
    requirePartyWriter(actor, requireVisible(actor, await loadProjectParties(tx, projectId)));
    const project = requireVisible(actor, await lockProject(tx, projectId));
    if (project.status !== "submitted" && project.status !== "returned") throw notEditable(project.status);
    const now = p.clock.now();
    const note = input.note?.trim() || null;
    await tx.query("UPDATE green_projects SET status = 'withdrawn', updated_at = $2 WHERE id = $1", [project.id, now]);
    await addProjectEvent(tx, actor, now, project, "withdraw", note);
    await appendAudit(tx, actor, now, {
      action: "green_project.withdraw",
      entityType: "green_project",
      entityId: project.id,
      orgId: project.org_id,
      details: { refNo: project.ref_no, previousStatus: project.status, note },
    });
    return readProjectDetail(tx, actor, project.id);
  });
}
