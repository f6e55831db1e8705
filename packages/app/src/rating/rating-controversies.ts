/**
 * Controversies: events (date, severity 1–5, category, status, source) that the district or a rating agency records
 * about an organisation; a rating run deducts them from the key issue their category names, decayed to its rating
 * date. The organisation concerned sees what is recorded about it. Categories and statuses are the union of the
 * shipped methodologies' lists (each methodology reads only its own categories). Every change is audited.
 */
import { listRatingMethodologies, loadRatingMethodology } from "@greenfin/reference";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError, type FieldProblem } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireControversyRecorder } from "./rating-access";

interface ControversyRow {
  id: string;
  entity_org_id: string;
  entity_name_zh: string;
  entity_name_en: string;
  event_date: string;
  severity: number;
  category: string;
  status: string;
  source: string;
  description: string;
  recorded_by_org: string;
  recorder_name_zh: string;
  recorder_name_en: string;
  recorded_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT c.id, c.entity_org_id, e.name_zh AS entity_name_zh, e.name_en AS entity_name_en,
         to_char(c.event_date, 'YYYY-MM-DD') AS event_date, c.severity, c.category, c.status, c.source, c.description,
         c.recorded_by_org, r.name_zh AS recorder_name_zh, r.name_en AS recorder_name_en, c.recorded_at, c.updated_at
    FROM rating_controversies c
    JOIN organisations e ON e.id = c.entity_org_id
    JOIN organisations r ON r.id = c.recorded_by_org`;

const toControversy = (c: ControversyRow) => ({
  id: c.id,
  entity: { id: c.entity_org_id, nameZh: c.entity_name_zh, nameEn: c.entity_name_en },
  date: c.event_date,
  severity: c.severity,
  category: c.category,
  status: c.status,
  source: c.source,
  description: c.description,
  recordedBy: { orgId: c.recorded_by_org, nameZh: c.recorder_name_zh, nameEn: c.recorder_name_en },
  recordedAt: c.recorded_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
});

function vocabulary() {
  const categories = new Set<string>();
  const statuses = new Set<string>();
  for (const { ref } of listRatingMethodologies()) {
    const m = loadRatingMethodology(ref);
    for (const c of m.controversies.categories) categories.add(c.id);
    for (const s of m.controversies.statuses) statuses.add(s.status);
  }
  return { categories, statuses };
}

function checkTerms(input: { category?: string; status?: string }, today: string, date?: string): void {
  const { categories, statuses } = vocabulary();
  const problems: FieldProblem[] = [];
  if (input.category !== undefined && !categories.has(input.category))
    problems.push({
      path: "category",
      messageZh: `未知的争议类别「${input.category}」；可选：${[...categories].join("、")}`,
      messageEn: `Unknown category "${input.category}"; one of: ${[...categories].join(", ")}`,
    });
  if (input.status !== undefined && !statuses.has(input.status))
    problems.push({
      path: "status",
      messageZh: `未知的状态「${input.status}」；可选：${[...statuses].join("、")}`,
      messageEn: `Unknown status "${input.status}"; one of: ${[...statuses].join(", ")}`,
    });
  if (date !== undefined && date > today)
    problems.push({
      path: "date",
      messageZh: "事件日期不能晚于今天",
      messageEn: "The event date cannot be in the future",
    });
  if (problems.length) throw AppError.validation(problems);
}

/** Controversies the actor may read, optionally about one organisation (an organisation sees only its own). */
export async function listControversies(p: Platform, actor: Actor, entityId?: string) {
  const recorder = actor.orgKind === "district" || actor.orgKind === "rating_agency";
  const about = recorder ? entityId : actor.orgId;
  if (!recorder && entityId && entityId !== actor.orgId) throw AppError.notFound("organisation");
  const r = await p.db.query<ControversyRow>(
    `${SELECT} ${about ? "WHERE c.entity_org_id = $1" : ""} ORDER BY c.event_date DESC, c.id LIMIT 1000`,
    about ? [about] : [],
  );
  return r.rows.map(toControversy);
}

export async function recordControversy(
  p: Platform,
  actor: Actor,
  input: {
    entityId: string;
    date: string;
    severity: number;
    category: string;
    status: string;
    source: string;
    description: string;
  },
) {
  requireControversyRecorder(actor);
  const now = p.clock.now();
  checkTerms(input, now.toISOString().slice(0, 10), input.date);
  return p.db.transaction(async (tx) => {
    const entity = await tx.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [input.entityId]);
    if (!entity.rows[0]) throw AppError.notFound("organisation");
    const r = await tx.query<{ id: string }>(
      `INSERT INTO rating_controversies (entity_org_id, event_date, severity, category, status, source, description,
                                         recorded_by_org, recorded_by, recorded_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10) RETURNING id`,
      [
        input.entityId,
        input.date,
        input.severity,
        input.category,
        input.status,
        input.source,
        input.description,
        actor.orgId,
        actor.userId,
        now,
      ],
    );
    const id = r.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "rating.controversy.record",
      entityType: "rating_controversy",
      entityId: id,
      orgId: input.entityId,
      details: input,
    });
    return toControversy((await tx.query<ControversyRow>(`${SELECT} WHERE c.id = $1`, [id])).rows[0]!);
  });
}

/** A new status (e.g. alleged → confirmed, or remediated): later runs weigh the event by it. */
export async function updateControversyStatus(
  p: Platform,
  actor: Actor,
  id: string,
  input: { status: string; note?: string | undefined },
) {
  requireControversyRecorder(actor);
  const now = p.clock.now();
  checkTerms({ status: input.status }, now.toISOString().slice(0, 10));
  return p.db.transaction(async (tx) => {
    const before = await tx.query<ControversyRow>(`${SELECT} WHERE c.id = $1`, [id]);
    const row = before.rows[0];
    if (!row) throw AppError.notFound("rating_controversy");
    await tx.query("UPDATE rating_controversies SET status = $2, updated_at = $3 WHERE id = $1", [
      id,
      input.status,
      now,
    ]);
    await appendAudit(tx, actor, now, {
      action: "rating.controversy.status",
      entityType: "rating_controversy",
      entityId: id,
      orgId: row.entity_org_id,
      details: { from: row.status, to: input.status, note: input.note ?? null },
    });
    return toControversy((await tx.query<ControversyRow>(`${SELECT} WHERE c.id = $1`, [id])).rows[0]!);
  });
}
