/**
 * An enterprise (with `write`) posts a financing need: amount (yuan), tenor (months), purpose, optionally its own
 * certified green project, the collateral it offers, and whether it consents to share its ESG grade and its
 * carbon-efficiency grade with the institutions that respond. The need is broadcast (open) to the institutions with
 * an eligible published product, and only to them (broadcast-need.ts). Every problem is listed with its field; saved
 * with its broadcast and audit entry in one transaction.
 */
import { COLLATERAL_KINDS, FINANCE_PURPOSES } from "@greenfin/domain";
import { z } from "zod";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { broadcastNeed } from "./broadcast-need";
import { requireEnterprise } from "./need-access";
import { fieldProblem, type NeedView, readNeed, toNeedView, UUID } from "./need-rows";
import { zodProblems } from "./product-schema";

const needSchema = z.strictObject({
  amount: z.string().regex(/^\d{1,14}(\.\d{1,2})?$/, { message: "a positive amount in yuan, ≤ 2 places" }),
  tenorMonths: z.number().int().min(1).max(600),
  purpose: z.enum(FINANCE_PURPOSES),
  description: z.string().max(5000).default(""),
  projectId: z.string().optional(),
  collateral: z.array(z.enum(COLLATERAL_KINDS)).max(COLLATERAL_KINDS.length).default([]),
  consents: z.strictObject({ esg: z.boolean(), carbon: z.boolean() }).default({ esg: false, carbon: false }),
});

export type NeedInput = z.input<typeof needSchema>;

export async function postNeed(p: Platform, actor: Actor, input: NeedInput): Promise<NeedView> {
  requireEnterprise(actor, "write", { zh: "发布融资需求", en: "post a financing need" });
  const parsed = needSchema.safeParse(input);
  const problems = parsed.success ? [] : zodProblems(parsed.error);
  if (parsed.success && Number(parsed.data.amount) <= 0)
    problems.push(fieldProblem("amount", "金额应大于 0", "the amount must be > 0"));
  if (!parsed.success || problems.length) throw AppError.validation(problems);
  const v = parsed.data;
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    if (v.projectId !== undefined) {
      const own =
        UUID.test(v.projectId) &&
        (
          await tx.query("SELECT 1 FROM green_projects WHERE id = $1 AND org_id = $2 AND status = 'certified'", [
            v.projectId,
            actor.orgId,
          ])
        ).rows.length === 1;
      if (!own)
        throw AppError.validation([
          fieldProblem(
            "projectId",
            "须为本企业已认定的绿色项目",
            "must be the enterprise's own certified green project",
          ),
        ]);
    }
    const collateral = [...new Set(v.collateral)];
    const r = await tx.query<{ id: string }>(
      `INSERT INTO financing_needs (org_id, amount, tenor_months, purpose, description, project_id, collateral,
                                    consent_esg, consent_carbon, status, posted_by, posted_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb,$8,$9,'open',$10,$11,$11) RETURNING id`,
      [
        actor.orgId,
        v.amount,
        v.tenorMonths,
        v.purpose,
        v.description,
        v.projectId ?? null,
        JSON.stringify(collateral),
        v.consents.esg,
        v.consents.carbon,
        actor.userId,
        now,
      ],
    );
    const id = r.rows[0]!.id;
    const broadcast = await broadcastNeed(tx, (await readNeed(tx, id))!, now);
    await appendAudit(tx, actor, now, {
      action: "market.need.post",
      entityType: "financing_need",
      entityId: id,
      orgId: actor.orgId,
      details: {
        amount: v.amount,
        tenorMonths: v.tenorMonths,
        purpose: v.purpose,
        projectId: v.projectId ?? null,
        collateral,
        consents: v.consents,
        broadcastTo: broadcast,
      },
    });
    return toNeedView((await readNeed(tx, id))!);
  });
}
