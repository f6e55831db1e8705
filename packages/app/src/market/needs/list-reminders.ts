/**
 * The reminders and overdue flags the service-level sweep wrote: an institution reads its own, the district all,
 * newest first, with the institution's and the enterprise's names.
 */
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireMarketReader } from "./need-access";

export interface ReminderView {
  id: string;
  claimId: string;
  needId: string;
  institutionId: string;
  institutionName: string;
  institutionNameEn: string;
  enterpriseName: string;
  enterpriseNameEn: string;
  stage: "respond" | "visit" | "decide";
  kind: "due_soon" | "overdue";
  dueAt: string;
  createdAt: string;
}

export async function listReminders(p: Platform, actor: Actor, limit = 500): Promise<ReminderView[]> {
  requireMarketReader(actor);
  if (actor.orgKind === "enterprise") throw AppError.forbidden("提醒发给金融机构", "Reminders go to institutions");
  const params: unknown[] = [limit];
  const filter = actor.orgKind === "district" ? "" : " AND r.org_id = $2";
  if (filter) params.push(actor.orgId);
  const rows = (
    await p.db.query<{
      id: string;
      claim_id: string;
      need_id: string;
      org_id: string;
      institution_name: string;
      institution_name_en: string;
      enterprise_name: string;
      enterprise_name_en: string;
      stage: ReminderView["stage"];
      kind: ReminderView["kind"];
      due_at: Date;
      created_at: Date;
    }>(
      `SELECT r.id, r.claim_id, r.need_id, r.org_id, i.name_zh AS institution_name, i.name_en AS institution_name_en,
              e.name_zh AS enterprise_name, e.name_en AS enterprise_name_en,
              r.stage, r.kind, r.due_at, r.created_at
         FROM market_reminders r
         JOIN organisations i ON i.id = r.org_id
         JOIN need_claims c ON c.id = r.claim_id
         JOIN organisations e ON e.id = c.enterprise_org_id
        WHERE TRUE${filter}
        ORDER BY r.created_at DESC, r.id LIMIT $1`,
      params,
    )
  ).rows;
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claim_id,
    needId: r.need_id,
    institutionId: r.org_id,
    institutionName: r.institution_name,
    institutionNameEn: r.institution_name_en,
    enterpriseName: r.enterprise_name,
    enterpriseNameEn: r.enterprise_name_en,
    stage: r.stage,
    kind: r.kind,
    dueAt: r.due_at.toISOString(),
    createdAt: r.created_at.toISOString(),
  }));
}
