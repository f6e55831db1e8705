import { canonicalJson, type NormalisedValue, valueKey } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { contextOfRow } from "./disclosure-context";
import { draftValues, type FrozenValue, thawed } from "./disclosure-values";

type Side = number | "draft";

async function valuesOf(p: Platform, id: string, side: Side, basis: string): Promise<NormalisedValue[]> {
  if (side === "draft") {
    if (basis !== "owner") throw AppError.notFound("revision");
    return draftValues(p.db, id);
  }
  const r = await p.db.query<{ submitted_values: FrozenValue[]; outcome: string }>(
    "SELECT submitted_values, outcome FROM disclosure_revisions WHERE disclosure_id = $1 AND revision = $2",
    [id, side],
  );
  const row = r.rows[0];
  if (!row || (basis === "grant" && row.outcome !== "accepted")) throw AppError.notFound("revision");
  return row.submitted_values.map((v) => thawed(v, side));
}

/** Two versions side by side (two revisions, or a revision and the owner's draft): every value, and what changed. */
export async function compareRevisions(p: Platform, actor: Actor, id: string, left: Side, right: Side) {
  const { row, basis } = await loadDisclosure(p, actor, id, "read");
  // In turn: inside a request both share its transaction's single connection.
  const a = await valuesOf(p, id, left, basis);
  const b = await valuesOf(p, id, right, basis);
  const names = new Map(contextOfRow(row).items.map((i) => [i.indicator.id, i.indicator.name]));
  const byKey = (vs: NormalisedValue[]) => new Map(vs.map((v) => [valueKey(v.indicatorId, v.dimension), v]));
  const ma = byKey(a);
  const mb = byKey(b);
  const keys = [...new Set([...ma.keys(), ...mb.keys()])].sort();
  const side = (v: NormalisedValue | undefined) =>
    v ? { payload: v.payload, notDisclosedReason: v.notDisclosedReason } : null;
  const rows = keys.map((key) => {
    const [indicatorId, dimension = ""] = key.split("#") as [string, string?];
    const l = side(ma.get(key));
    const r = side(mb.get(key));
    return {
      indicatorId,
      dimension,
      nameZh: names.get(indicatorId)?.zh ?? indicatorId,
      nameEn: names.get(indicatorId)?.en ?? indicatorId,
      left: l,
      right: r,
      changed: canonicalJson(l) !== canonicalJson(r),
    };
  });
  return { left, right, changedCount: rows.filter((x) => x.changed).length, rows };
}
