/**
 * Checks activity rows batch by batch against the activity-item catalogue and the organisations register, and
 * turns the good ones into columns ready for staging. Every problem is kept up to a cap; the rest are counted.
 */
import type { Queryable } from "@greenfin/db";
import { convert, findUnit, isValidUscc } from "@greenfin/domain";
import { loadActivityItems } from "@greenfin/reference";
import type { Actor } from "../context/actor";
import { RepeatGuard } from "./activity-repeats";
import type { ActivityColumn, RowLocator, SourceRow } from "./intake/activity-columns";
import { type ActivityProblem, activityProblem } from "./intake/activity-problems";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUANTITY = /^(\d+(\.\d*)?|\.\d+)$/;
const MAX_QUANTITY_CHARS = 40;
const MAX_METER = 64;
const MAX_NOTE = 1000;

/** Rows of one batch as columns, in the order the staging table takes them. */
export interface StageColumns {
  line: number[];
  orgId: string[];
  meter: string[];
  month: string[];
  item: string[];
  quantity: string[];
  unit: string[];
  note: (string | null)[];
}

const emptyColumns = (): StageColumns => ({
  line: [],
  orgId: [],
  meter: [],
  month: [],
  item: [],
  quantity: [],
  unit: [],
  note: [],
});

interface ItemRule {
  readonly units: ReadonlySet<string>;
  readonly unitList: string;
}

let itemRules: ReadonlyMap<string, ItemRule> | undefined;
function rules(): ReadonlyMap<string, ItemRule> {
  itemRules ??= new Map(
    loadActivityItems().items.map((i) => [i.code, { units: new Set(i.units), unitList: i.units.join(", ") }]),
  );
  return itemRules;
}

/**
 * For each accepted (item, unit): the factor to the item's working unit (its first), exact, or null when the unit is
 * of another dimension (litres of a fuel; product output counted in pieces).
 */
export function workingUnitFactors(): { item: string[]; unit: string[]; factor: (string | null)[] } {
  const out = { item: [] as string[], unit: [] as string[], factor: [] as (string | null)[] };
  for (const i of loadActivityItems().items) {
    const working = i.units[0]!;
    for (const u of i.units) {
      const same = findUnit(u)?.dimension === findUnit(working)?.dimension && findUnit(u) !== undefined;
      out.item.push(i.code);
      out.unit.push(u);
      out.factor.push(u === working ? "1" : same ? convert("1", u, working).value : null);
    }
  }
  return out;
}

interface Enterprise {
  readonly id: string;
  readonly kind: string;
}

export class ActivityValidator {
  readonly problems: ActivityProblem[] = [];
  /** Problems found beyond the cap. */
  omitted = 0;
  rows = 0;
  readonly enterprises = new Set<string>();
  /** Whether the good rows may repeat a key (checked in SQL then). */
  readonly repeats = new RepeatGuard();
  /**
   * Organisations found so far, keyed by the database's copy of the code: a cell's text is a slice of the chunk of the
   * file it was read from, and keeping it would keep that whole chunk (and so, over a feed of 100,000 enterprises, the
   * whole file) in memory. Codes not found are looked up again in the next batch that names them.
   */
  private readonly known = new Map<string, Enterprise>();
  private ownUscc: string | null | undefined;

  constructor(
    private readonly db: Queryable,
    private readonly actor: Actor,
    private readonly locate: RowLocator,
    private readonly cap: number,
  ) {}

  get problemCount(): number {
    return this.problems.length + this.omitted;
  }

  add(problem: ActivityProblem): void {
    if (this.problems.length < this.cap) this.problems.push(problem);
    else this.omitted++;
  }

  private report(row: number, column: ActivityColumn | null, code: string, zh: string, en: string): void {
    if (this.problems.length >= this.cap) {
      this.omitted++;
      return;
    }
    this.add(activityProblem(code, this.locate(row, column ?? "enterprise"), row, column, zh, en));
  }

  /** A required cell left blank; a cell the reader refused (a formula, an error value) is not reported again. */
  private missing(r: SourceRow, column: ActivityColumn, zh: string, en: string): void {
    if (!r.problems?.some((p) => p.column === column))
      this.report(r.row, column, "REQUIRED", `「${zh}」不能为空。`, `"${en}" is required.`);
  }

  /** Looks up the batch's enterprises not found before (the district's feeds name many). */
  private async resolve(batch: readonly SourceRow[]): Promise<void> {
    if (this.actor.orgKind !== "district") {
      if (this.ownUscc === undefined) {
        const r = await this.db.query<{ uscc: string | null }>("SELECT uscc FROM organisations WHERE id = $1", [
          this.actor.orgId,
        ]);
        this.ownUscc = r.rows[0]?.uscc ?? null;
      }
      return;
    }
    const wanted = new Set<string>();
    for (const r of batch) {
      const u = r.cells.enterprise;
      if (u && !this.known.has(u)) wanted.add(u);
    }
    // Each code's check digit once, not once per row (a feed has a hundred rows per enterprise).
    for (const u of wanted) if (!isValidUscc(u)) wanted.delete(u);
    if (wanted.size === 0) return;
    const found = await this.db.query<{ uscc: string; id: string; kind: string }>(
      "SELECT uscc, id, kind FROM organisations WHERE uscc = ANY($1::text[])",
      [[...wanted]],
    );
    for (const o of found.rows) this.known.set(o.uscc, { id: o.id, kind: o.kind });
  }

  private enterpriseOf(row: number, uscc: string): string | null {
    // An enterprise already found (most rows of a feed) needs no check-digit computation again.
    const found = this.actor.orgKind === "district" ? this.known.get(uscc) : undefined;
    if (found?.kind === "enterprise") return found.id;
    if (uscc === this.ownUscc) return this.actor.orgId;
    if (!isValidUscc(uscc)) {
      this.report(
        row,
        "enterprise",
        "BAD_USCC",
        `「${uscc}」不是有效的统一社会信用代码（18 位，校验位正确）。`,
        `"${uscc}" is not a valid unified social credit code (18 characters with a correct check character).`,
      );
      return null;
    }
    if (this.actor.orgKind !== "district") {
      this.report(
        row,
        "enterprise",
        "NOT_OWN_ENTERPRISE",
        `「${uscc}」不是本企业；企业只能导入本企业的数据。`,
        `"${uscc}" is not your organisation; an enterprise imports only its own data.`,
      );
      return null;
    }
    const e = this.known.get(uscc);
    if (!e) {
      this.report(
        row,
        "enterprise",
        "UNKNOWN_ENTERPRISE",
        `没有统一社会信用代码为「${uscc}」的已登记机构。`,
        `no registered organisation has the unified social credit code "${uscc}".`,
      );
      return null;
    }
    if (e.kind !== "enterprise") {
      this.report(
        row,
        "enterprise",
        "NOT_ENTERPRISE",
        `「${uscc}」不是企业，活动数据只能属于企业。`,
        `"${uscc}" is not an enterprise; activity data belongs to enterprises only.`,
      );
      return null;
    }
    return e.id;
  }

  /** Checks a batch; the good rows come back as columns (all of them only when the batch has no problem). */
  async check(batch: readonly SourceRow[]): Promise<StageColumns> {
    await this.resolve(batch);
    const out = emptyColumns();
    const items = rules();
    for (const r of batch) {
      this.rows++;
      const before = this.problemCount;
      const at = r.row;
      for (const p of r.problems ?? []) this.report(at, p.column, p.code, p.zh, p.en);
      const c = r.cells;

      let orgId: string | null = null;
      if (c.enterprise === null) this.missing(r, "enterprise", "企业", "enterprise");
      else orgId = this.enterpriseOf(at, c.enterprise);

      const meter = c.meter ?? "main";
      if (meter.length > MAX_METER)
        this.report(
          at,
          "meter",
          "TOO_LONG",
          `计量点不能超过 ${MAX_METER} 个字符。`,
          `the meter is longer than ${MAX_METER} characters.`,
        );

      const m = c.month === null ? null : MONTH.exec(c.month);
      if (c.month === null) this.missing(r, "month", "月份", "month");
      else if (!m || Number(m[1]) < 2000 || Number(m[1]) > 2100)
        this.report(
          at,
          "month",
          "BAD_MONTH",
          `月份应为 YYYY-MM（2000–2100 年），而不是「${c.month}」。`,
          `the month must be YYYY-MM (years 2000–2100), not "${c.month}".`,
        );

      const rule = c.item === null ? undefined : items.get(c.item);
      if (c.item === null) this.missing(r, "item", "项目", "item");
      else if (!rule)
        this.report(at, "item", "UNKNOWN_ITEM", `未知的活动项目「${c.item}」。`, `unknown activity item "${c.item}".`);

      if (c.unit === null) this.missing(r, "unit", "单位", "unit");
      else if (rule && !rule.units.has(c.unit))
        this.report(
          at,
          "unit",
          "BAD_UNIT",
          `项目 ${c.item} 的单位应为 ${rule.unitList} 之一，而不是「${c.unit}」。`,
          `item ${c.item} takes one of ${rule.unitList}, not "${c.unit}".`,
        );

      if (c.quantity === null) this.missing(r, "quantity", "数量", "quantity");
      else if (!QUANTITY.test(c.quantity) || c.quantity.length > MAX_QUANTITY_CHARS)
        this.report(
          at,
          "quantity",
          "BAD_QUANTITY",
          `数量应为非负的十进制数（不含千位分隔符），而不是「${c.quantity}」。`,
          `the quantity must be a non-negative decimal number without thousands separators, not "${c.quantity}".`,
        );

      if (c.note !== null && c.note.length > MAX_NOTE)
        this.report(
          at,
          "note",
          "TOO_LONG",
          `备注不能超过 ${MAX_NOTE} 个字符。`,
          `the note is longer than ${MAX_NOTE} characters.`,
        );

      if (this.problemCount !== before || orgId === null) continue;
      this.enterprises.add(orgId);
      this.repeats.add(orgId, meter, c.month!, c.item!);
      out.line.push(at);
      out.orgId.push(orgId);
      out.meter.push(meter);
      out.month.push(`${c.month}-01`);
      out.item.push(c.item!);
      out.quantity.push(c.quantity!);
      out.unit.push(c.unit!);
      out.note.push(c.note);
    }
    return out;
  }
}
