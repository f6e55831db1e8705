/**
 * Needs as each reader sees them: an enterprise its own needs with every claim on them; an institution the open and
 * claimed needs broadcast to it and the needs it claimed, with its own claim only; the district everything. A need
 * the actor may not see is NOT_FOUND, never FORBIDDEN.
 */

import type { Queryable } from "@greenfin/db";
import { isFinancialInstitution } from "@greenfin/domain";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireMarketReader } from "./need-access";
import {
  CLAIM_SELECT,
  type ClaimRow,
  type ClaimView,
  NEED_SELECT,
  type NeedRow,
  type NeedStatus,
  type NeedView,
  readNeed,
  toClaimView,
  toNeedView,
} from "./need-rows";

export interface NeedWithClaims extends NeedView {
  claims: ClaimView[];
}

/** Whether the actor may see the need (the app's first wall; 0010's policy is the second). */
export async function canSeeNeed(tx: Queryable, actor: Actor, need: NeedRow): Promise<boolean> {
  if (actor.orgKind === "district" || need.org_id === actor.orgId) return true;
  if (!isFinancialInstitution(actor.orgKind)) return false;
  if (need.status === "open" || need.status === "claimed") {
    const sent = await tx.query("SELECT 1 FROM need_broadcasts WHERE need_id = $1 AND org_id = $2", [
      need.id,
      actor.orgId,
    ]);
    if (sent.rows.length) return true;
  }
  const mine = await tx.query("SELECT 1 FROM need_claims WHERE need_id = $1 AND org_id = $2", [need.id, actor.orgId]);
  return mine.rows.length > 0;
}

/** The need, or NOT_FOUND when it does not exist or the actor may not see it. */
export async function visibleNeed(tx: Queryable, actor: Actor, needId: string): Promise<NeedRow> {
  const need = await readNeed(tx, needId);
  if (!need || !(await canSeeNeed(tx, actor, need))) throw AppError.notFound("financing_need");
  return need;
}

async function claimsFor(tx: Queryable, actor: Actor, needIds: string[]): Promise<ClaimRow[]> {
  if (needIds.length === 0) return [];
  const params: unknown[] = [needIds];
  let filter = "";
  if (actor.orgKind !== "district") {
    params.push(actor.orgId);
    // The enterprise sees every claim on its own needs; an institution its own claim only.
    filter = ` AND (c.enterprise_org_id = $2 OR c.org_id = $2)`;
  }
  return (
    await tx.query<ClaimRow>(
      `${CLAIM_SELECT} WHERE c.need_id = ANY($1::uuid[])${filter} ORDER BY c.claimed_at, c.id`,
      params,
    )
  ).rows;
}

export async function getNeed(p: Platform, actor: Actor, needId: string): Promise<NeedWithClaims> {
  requireMarketReader(actor);
  const need = await visibleNeed(p.db, actor, needId);
  const claims = await claimsFor(p.db, actor, [need.id]);
  return { ...toNeedView(need), claims: claims.map(toClaimView) };
}

export interface NeedQuery {
  status?: NeedStatus;
}

export async function listNeeds(p: Platform, actor: Actor, query: NeedQuery = {}): Promise<NeedWithClaims[]> {
  requireMarketReader(actor);
  const params: unknown[] = [];
  const where: string[] = [];
  if (actor.orgKind === "enterprise") {
    params.push(actor.orgId);
    where.push(`n.org_id = $${params.length}`);
  } else if (actor.orgKind !== "district") {
    params.push(actor.orgId);
    where.push(
      `((n.status IN ('open','claimed')
         AND EXISTS (SELECT 1 FROM need_broadcasts b WHERE b.need_id = n.id AND b.org_id = $${params.length}))
        OR EXISTS (SELECT 1 FROM need_claims c WHERE c.need_id = n.id AND c.org_id = $${params.length}))`,
    );
  }
  if (query.status) {
    params.push(query.status);
    where.push(`n.status = $${params.length}`);
  }
  const needs = (
    await p.db.query<NeedRow>(
      `${NEED_SELECT} WHERE ${where.length ? where.join(" AND ") : "TRUE"} ORDER BY n.posted_at DESC, n.id`,
      params,
    )
  ).rows;
  const claims = await claimsFor(
    p.db,
    actor,
    needs.map((n) => n.id),
  );
  return needs.map((n) => ({
    ...toNeedView(n),
    claims: claims.filter((c) => c.need_id === n.id).map(toClaimView),
  }));
}
