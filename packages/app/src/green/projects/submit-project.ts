/**
 * Submitting a project to the library: checked whole (check-project-input.ts), classified with the reviewers'
 * corrections, its expected benefits computed, numbered GP-<year>-<6-digit sequence>, and stored with its first
 * event and an audit entry in one transaction.
 */
import type { TGreenProjectDetail } from "@greenfin/contracts";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { checkProjectInput } from "./check-project-input";
import { classifyProjectInput } from "./classify-project-input";
import { requireSubmitter } from "./project-access";
import { type ContentColumn, projectContentColumns } from "./project-content";
import { addProjectEvent, zoneYear } from "./project-events";
import { readProjectDetail } from "./read-project";

export async function submitProject(p: Platform, actor: Actor, raw: unknown): Promise<TGreenProjectDetail> {
  requireSubmitter(actor);
  const checked = await checkProjectInput(p.db, actor, raw);
  const { input } = checked;
  const c = await classifyProjectInput(p, input, checked.industryCode);
  return p.db.transaction(async (tx) => {
    const now = p.clock.now();
    const seq = await tx.query<{ n: string }>("SELECT nextval('green_project_ref_seq')::text AS n");
    const refNo = `GP-${zoneYear(now)}-${seq.rows[0]!.n.padStart(6, "0")}`;
    const content = projectContentColumns(checked, c);
    const columns: ContentColumn[] = [
      { column: "ref_no", value: refNo },
      { column: "org_id", value: checked.ownerOrgId },
      { column: "submitted_by_org_id", value: actor.orgId },
      { column: "submitted_by", value: actor.userId },
      ...content,
      { column: "status", value: "submitted" },
      { column: "submitted_at", value: now },
      { column: "updated_at", value: now },
    ];
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO green_projects (${columns.map((x) => x.column).join(", ")})
       VALUES (${columns.map((x, i) => `$${i + 1}${x.cast ?? ""}`).join(", ")})
       RETURNING id`,
      columns.map((x) => x.value),
    );
    const project = { id: inserted.rows[0]!.id, org_id: checked.ownerOrgId };
    await addProjectEvent(tx, actor, now, project, "submit", null, { proposed: c.proposedCategory });
    await appendAudit(tx, actor, now, {
      action: "green_project.submit",
      entityType: "green_project",
      entityId: project.id,
      orgId: project.org_id,
      details: {
        refNo,
        name: input.name,
        industryCode: checked.industryCode,
        proposed: c.proposedCategory,
        confidence: c.proposedConfidence,
        fingerprint: c.fingerprint,
        catalogue: c.catalogue,
        vocabulary: c.vocabulary,
      },
    });
    return readProjectDetail(tx, actor, project.id);
  });
}
