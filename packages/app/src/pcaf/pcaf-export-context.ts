/**
 * What both exports of a run need besides its rows: the completed run (visible to the actor), the institution's
 * names, the book's label and the reference data version the run used.
 */

import type { PcafReference } from "@greenfin/reference";
import type { Actor } from "../context/actor";
import type { Lang } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireCompleted } from "./pcaf-access";
import { loadVisibleRun, type PcafRunRow } from "./pcaf-run-view";
import { referenceOfRun } from "./start-pcaf-run";

export interface PcafExportContext {
  readonly run: PcafRunRow;
  readonly institution: { readonly nameZh: string; readonly nameEn: string };
  readonly bookLabel: string;
  readonly reference: PcafReference;
}

export async function exportContext(p: Platform, actor: Actor, runId: string): Promise<PcafExportContext> {
  const run = await loadVisibleRun(p.db, actor, runId);
  requireCompleted(run);
  const r = await p.db.query<{ name_zh: string; name_en: string; label: string }>(
    `SELECT o.name_zh, o.name_en, b.label FROM organisations o, pcaf_books b WHERE o.id = $1 AND b.id = $2`,
    [run.org_id, run.book_id],
  );
  const x = r.rows[0]!;
  return {
    run,
    institution: { nameZh: x.name_zh, nameEn: x.name_en },
    bookLabel: x.label,
    reference: referenceOfRun(run.reference),
  };
}

/** A file name safe on every system, naming the institution, the year and what the file holds. */
export function exportFileName(ctx: PcafExportContext, lang: Lang, what: { zh: string; en: string }): string {
  const name = lang === "zh" ? ctx.institution.nameZh : ctx.institution.nameEn;
  return `${name}-${ctx.run.year}-${lang === "zh" ? what.zh : what.en}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, "_");
}
