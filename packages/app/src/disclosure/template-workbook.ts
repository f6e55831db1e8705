import { valueKey } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { contextOfRow } from "./disclosure-context";
import { draftValues } from "./disclosure-values";
import { buildDisclosureWorkbook, type PrefillValue } from "./intake/index";
import { valueAsTyped } from "./value-text";

/** The organisation's Excel template for one disclosure, prefilled with its current draft. */
export async function disclosureWorkbook(p: Platform, actor: Actor, id: string) {
  const { row } = await loadDisclosure(p, actor, id, "write");
  const ctx = contextOfRow(row);
  const org = (await p.db.query<{ name_zh: string }>("SELECT name_zh FROM organisations WHERE id = $1", [row.org_id]))
    .rows[0];
  const values = new Map<string, PrefillValue>();
  for (const v of await draftValues(p.db, row.id)) {
    const pl = v.payload;
    const value = pl === null ? null : valueAsTyped(pl);
    const unit = pl && (pl.kind === "number" || pl.kind === "percent") ? pl.number.enteredUnit : null;
    values.set(valueKey(v.indicatorId, v.dimension), { value, unit, reason: v.notDisclosedReason });
  }
  const bytes = await buildDisclosureWorkbook(ctx.template, {
    orgName: org?.name_zh ?? "",
    periodLabel: `${row.period_year} 年度（${row.period_start} 至 ${row.period_end}）`,
    values,
  });
  return { bytes, fileName: `ESG披露模板-${row.period_year}-${row.id.slice(0, 8)}.xlsx` };
}
