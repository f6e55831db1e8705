/** Reviewers' corrections as stored, newest first, for the district and verification bodies. */
import type { TGreenCorrectionRow } from "@greenfin/contracts";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requireCorrectionsReader } from "./project-access";

export async function listCorrections(p: Platform, actor: Actor): Promise<TGreenCorrectionRow[]> {
  requireCorrectionsReader(actor);
  const r = await p.db.query<{
    id: string;
    project_id: string | null;
    match_kind: "term" | "fingerprint";
    match_value: string;
    code: string;
    action: "add" | "remove";
    weight: string | null;
    note: string | null;
    reviewer: string;
    reviewer_org: string;
    created_at: Date;
  }>(
    `SELECT c.id, c.project_id, c.match_kind, c.match_value, c.code, c.action, c.weight::text AS weight, c.note,
            u.display_name AS reviewer, o.name_zh AS reviewer_org, c.created_at
       FROM green_classifier_corrections c
       JOIN users u ON u.id = c.reviewer
       JOIN organisations o ON o.id = c.reviewer_org
      ORDER BY c.created_at DESC, c.id LIMIT 1000`,
  );
  return r.rows.map((c) => ({
    id: c.id,
    projectId: c.project_id,
    match: c.match_kind === "term" ? { term: c.match_value } : { fingerprint: c.match_value },
    code: c.code,
    action: c.action,
    weight: c.weight === null ? null : Number(c.weight),
    note: c.note,
    reviewer: c.reviewer,
    reviewerOrg: c.reviewer_org,
    decidedAt: c.created_at.toISOString(),
  }));
}
