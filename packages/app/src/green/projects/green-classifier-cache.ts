/**
 * The classifier the server uses: the reference data plus every reviewer's correction stored in
 * green_classifier_corrections. Building takes a fraction of a second, so it is built once per database and process
 * and rebuilt only when the corrections change (their count or the latest time one was made moves).
 */
import type { Queryable } from "@greenfin/db";
import { buildGreenClassifier, type GreenClassifier, type GreenCorrection } from "@greenfin/domain";
import { isCatalogueItem } from "../green-catalogue";
import { loadGreenClassifierData } from "../green-classifier-data";

interface CorrectionRow {
  id: string;
  match_kind: "term" | "fingerprint";
  match_value: string;
  code: string;
  action: "add" | "remove";
  weight: string | null;
  note: string | null;
  reviewer_name: string;
  created_at: Date;
}

let data: ReturnType<typeof loadGreenClassifierData> | undefined;
const built = new WeakMap<object, { key: string; classifier: GreenClassifier }>();

/** Stored corrections as the domain reads them, oldest first. Codes no longer items of the catalogue are skipped. */
export async function loadCorrections(db: Queryable): Promise<GreenCorrection[]> {
  const r = await db.query<CorrectionRow>(
    `SELECT c.id, c.match_kind, c.match_value, c.code, c.action, c.weight::text AS weight, c.note,
            u.display_name AS reviewer_name, c.created_at
       FROM green_classifier_corrections c JOIN users u ON u.id = c.reviewer
      ORDER BY c.created_at, c.id`,
  );
  return r.rows
    .filter((c) => isCatalogueItem(c.code))
    .map((c) => ({
      id: c.id,
      match: c.match_kind === "term" ? { term: c.match_value } : { fingerprint: c.match_value },
      code: c.code,
      action: c.action,
      ...(c.weight === null ? {} : { weight: Number(c.weight) }),
      reviewer: c.reviewer_name,
      decidedAt: c.created_at.toISOString(),
      ...(c.note === null ? {} : { note: c.note }),
    }));
}

/**
 * The classifier with the corrections `db` holds now. `cacheOwner` is the platform's database object, so that two
 * databases in one process (tests) never share a classifier.
 */
export async function currentClassifier(db: Queryable, cacheOwner: object = db): Promise<GreenClassifier> {
  const v = await db.query<{ n: number; latest: Date | null }>(
    "SELECT count(*)::int AS n, max(created_at) AS latest FROM green_classifier_corrections",
  );
  const key = `${v.rows[0]?.n ?? 0}:${v.rows[0]?.latest?.toISOString() ?? ""}`;
  const cached = built.get(cacheOwner);
  if (cached?.key === key) return cached.classifier;
  data ??= loadGreenClassifierData();
  const classifier = buildGreenClassifier(data, { corrections: await loadCorrections(db) });
  built.set(cacheOwner, { key, classifier });
  return classifier;
}
