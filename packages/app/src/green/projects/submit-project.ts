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
import { addProjectEvent, zoneYear } from "./project-events";
import { readProjectDetail } from "./read-project";

const co2Total = (expected: { totals: { key: string; value: string }[] } | null) =>
  expected?.totals.find((t) => t.key === "co2_reduction_t")?.value ?? null;

export async function submitProject(p: Platform, actor: Actor, raw: unknown): Promise<TGreenProjectDetail> {
  requireSubmitter(actor);
  const checked = await checkProjectInput(p.db, actor, raw);
  const { input } = checked;
  const c = await classifyProjectInput(p, input, checked.industryCode);
  return p.db.transaction(async (tx) => {
    const now = p.clock.now();
    const seq = await tx.query<{ n: string }>("SELECT nextval('green_project_ref_seq')::text AS n");
    const refNo = `GP-${zoneYear(now)}-${seq.rows[0]!.n.padStart(6, "0")}`;
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO green_projects (ref_no, org_id, submitted_by_org_id, submitted_by, name, description, area, address,
         industry_code, declared_category, total_investment, financing_need, start_year, operation_year, eia_status,
         parameters, expected_benefits, expected_result, expected_co2_t, classification, classifier_catalogue,
         classifier_vocabulary, fingerprint, proposed_category, proposed_confidence, proposed_blue, proposed_transition,
         status, submitted_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16::jsonb,$17::jsonb,$18,$19,$20,$21,$22,$23,$24,$25,
               $26,$27,'submitted',$28,$28)
       RETURNING id`,
      [
        refNo,
        checked.ownerOrgId,
        actor.orgId,
        actor.userId,
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

/** The columns a (re)submission sets, shared with resubmit-project.ts. */
export { co2Total };
