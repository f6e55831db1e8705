/**
 * An institution changes the label of one of its own financings: a level-3 category of the 2025 catalogue (an empty
 * code takes the label off: the financing is then counted as unlabelled) and the use of proceeds, with a reason. The
 * audit entry keeps the old and the new label and the reason. Another institution's financing is NOT_FOUND.
 */
import type { TGreenFinancingRow, zGreenFinancingLabel } from "@greenfin/contracts";
import type { z } from "zod";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { notACatalogueItem } from "../green-catalogue";
import { requireFinancingWriter } from "./financing-access";
import { readFinancing, toFinancingRow } from "./financing-row";

export async function relabelGreenFinancing(
  p: Platform,
  actor: Actor,
  financingId: string,
  label: z.infer<typeof zGreenFinancingLabel>,
): Promise<TGreenFinancingRow> {
  requireFinancingWriter(actor);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const r = await tx.query<{ org_id: string; category_code: string | null; use_of_proceeds: string }>(
      "SELECT org_id, category_code, use_of_proceeds FROM green_financings WHERE id = $1 FOR UPDATE",
      [financingId],
    );
    const before = r.rows[0];
    if (!before || before.org_id !== actor.orgId) throw AppError.notFound("green_financing");
    const categoryCode = label.categoryCode || null;
    const bad = categoryCode ? notACatalogueItem("categoryCode", categoryCode) : null;
    if (bad) throw AppError.validation([bad]);
    await tx.query(
      `UPDATE green_financings SET category_code = $2, use_of_proceeds = $3, labelled_by = $4, labelled_at = $5
        WHERE id = $1`,
      [financingId, categoryCode, label.useOfProceeds, actor.userId, now],
    );
    await appendAudit(tx, actor, now, {
      action: "green.financing.relabel",
      entityType: "green_financing",
      entityId: financingId,
      orgId: actor.orgId,
      details: {
        before: { categoryCode: before.category_code, useOfProceeds: before.use_of_proceeds },
        after: { categoryCode, useOfProceeds: label.useOfProceeds },
        reason: label.reason,
      },
    });
    return toFinancingRow((await readFinancing(tx, financingId))!);
  });
}
