/**
 * Disclosure benchmarks: importing a large workbook end to end (read, validate, save in one transaction) on the
 * embedded database and on PostgreSQL when a server is named, against COPY of the same saved rows into a table of
 * the same shape; and the pure validator over many disclosures, against a plain-JS pass over the same entries.
 */
import {
  type Actor,
  createDisclosure,
  disclosureWorkbook,
  importDisclosureFile,
  seedDemoDistrict,
  systemClock,
} from "@greenfin/app";
import { migrate } from "@greenfin/db";
import { type RawEntry, validateDisclosure } from "@greenfin/domain";
import { buildDisclosureTemplate, type DisclosureIndicator, loadDisclosureCatalogue } from "@greenfin/reference";
import ExcelJS from "exceljs";
import { type BenchEngine, createBenchDatabase, dropBenchDatabase, openBenchDatabase } from "./bench-database";
import { engineName } from "./carbon-ingest";
import { withMemoryPeak } from "./memory-peak";
import { chunked, rowsAsCopy, timeCopy } from "./reference-copy";
import { count, per, type Result, result } from "./result";

export const DISCLOSURE_BENCH_VALUES = Number(process.env.GF_BENCH_DISCLOSURE_VALUES ?? 10_000);
export const DISCLOSURE_BENCH_VALIDATIONS = Number(process.env.GF_BENCH_DISCLOSURE_VALIDATIONS ?? 1_000);
const VALUE_COLUMNS = [
  "disclosure_id",
  "org_id",
  "indicator_id",
  "dimension",
  "payload",
  "canonical_value",
  "canonical_unit",
  "not_disclosed_reason",
  "location",
  "updated_by",
  "updated_at",
];

const FRAMEWORKS = ["SSE2024", "ISSB-S2", "GRI", "HKEX"];

/** Indicators some cross-field rule ties to others: left empty here, so that arbitrary figures stay consistent. */
function ruleBound(): Set<string> {
  const rules = loadDisclosureCatalogue("2026.1").rules.rules;
  return new Set(rules.flatMap((r) => JSON.stringify(r).match(/[A-Z]-[A-Z]{2,3}-\d{3}/g) ?? []));
}

/** A workbook from the organisation's own template: numeric totals filled, the rest as facility breakdowns. */
async function largeWorkbook(template: Uint8Array, values: number): Promise<Buffer> {
  const skip = ruleBound();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  let filled = 0;
  let facilitySheet: ExcelJS.Worksheet | undefined;
  wb.eachSheet((sheet) => {
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const id = String(row.getCell("A").value ?? "");
      if (id === "E-GHG-011") facilitySheet = sheet;
      const unit = String(row.getCell("E").value ?? "");
      const fillable = ["tCO2e", "tce", "t", "m3", "wan_yuan"].includes(unit) && !skip.has(id);
      if (row.getCell("C").value || !fillable || filled >= values) return;
      row.getCell("D").value = 100 + filled;
      filled++;
    });
  });
  if (!facilitySheet) throw new Error("the template has no E-GHG-011 rows");
  for (let i = 0; filled < values; i++, filled++)
    facilitySheet.addRow([
      "E-GHG-011",
      "按设施划分的排放",
      `facility=厂区${String(i).padStart(5, "0")}`,
      (i % 997) + 0.5,
      "tCO2e",
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function benchDisclosureImport(engine: BenchEngine, values = DISCLOSURE_BENCH_VALUES): Promise<Result> {
  const where = await createBenchDatabase(engine, "disclosure");
  const db = await openBenchDatabase(where);
  try {
    await migrate(db);
    const p = { db, clock: systemClock };
    await seedDemoDistrict(p, { enterpriseCount: 3 });
    const m = await db.query<{ user_id: string; org_id: string }>(
      `SELECT m.user_id, m.org_id FROM memberships m JOIN organisations o ON o.id = m.org_id
        WHERE o.demo_key = 'ent-0001' AND m.role = 'admin' LIMIT 1`,
    );
    const actor: Actor = {
      userId: m.rows[0]!.user_id,
      orgId: m.rows[0]!.org_id,
      orgKind: "enterprise",
      role: "admin",
      via: "session",
    };
    const { id } = await createDisclosure(p, actor, { year: 2025, frameworks: FRAMEWORKS });
    const book = await largeWorkbook((await disclosureWorkbook(p, actor, id)).bytes, values);
    const baseMiB = process.memoryUsage().rss / 2 ** 20;
    const started = performance.now();
    const run = await withMemoryPeak(() =>
      importDisclosureFile(p, actor, id, { format: "xlsx", bytes: book, fileName: "bench.xlsx" }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.value.saved !== values) throw new Error(`expected ${values} values saved, got ${run.value.saved}`);
    // The reference: COPY of the rows the import saved (read back beforehand, untimed) into a look-alike table.
    const lines = await rowsAsCopy(
      db,
      `SELECT ${VALUE_COLUMNS.join(", ")} FROM disclosure_values WHERE disclosure_id = $1`,
      [id],
    );
    const copy = await timeCopy(db, [{ like: "disclosure_values", columns: VALUE_COLUMNS, chunks: chunked(lines) }]);
    return result({
      name: `disclosure: import a workbook of ${count(values)} values (${engineName(engine)}; read, validate, save in one transaction)`,
      seconds,
      throughput: per(values, seconds, "values/s"),
      peakRssMiB: baseMiB + run.peakMiB,
      reference: {
        name: `COPY of the ${count(copy.rows)} saved rows into a table LIKE disclosure_values INCLUDING ALL`,
        seconds: copy.seconds,
        throughput: per(copy.rows, copy.seconds, "values/s"),
      },
      note: `bench process (RSS before ${baseMiB.toFixed(0)} MiB; +${run.heapMiB.toFixed(0)} MiB heap); ${(book.byteLength / 1024).toFixed(0)} KiB file`,
    });
  } finally {
    await db.close();
    await dropBenchDatabase(where);
  }
}

/** Entries for every total row of a template, varied by `k` so that no two disclosures are alike. */
function entriesFor(template: ReturnType<typeof buildDisclosureTemplate>, k: number): RawEntry[] {
  return template.topics.flatMap((t) =>
    t.items.map((item, i): RawEntry => {
      const ind = item.indicator;
      const value =
        ind.type === "number"
          ? String((k * 37 + i * 11) % 5000)
          : ind.type === "percent"
            ? String((k + i) % 100)
            : ind.type === "boolean"
              ? (k + i) % 2 === 0
              : ind.type === "enum"
                ? (ind.enumOptions?.[0] ?? "")
                : ind.type === "date"
                  ? "2025-12-31"
                  : `说明 ${k}-${i}`;
      return { indicatorId: ind.id, dimension: "", value, unit: null, location: { source: "api", field: `${k}/${i}` } };
    }),
  );
}

/**
 * The validator's reference: one plain-JS pass over the same entries that does the least a validator must — find
 * each entry's indicator by id in a Map, check the value's type (a finite number for numeric and percent
 * indicators, within 0–100 for a percent, a listed option for an enum), and count the values. No units, no
 * dimensions, no cross-field rules, no messages.
 */
function referencePass(indicators: readonly DisclosureIndicator[], inputs: readonly RawEntry[][]): number {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  let ok = 0;
  for (const entries of inputs)
    for (const e of entries) {
      const ind = byId.get(e.indicatorId);
      if (!ind) continue;
      if (ind.type === "number" || ind.type === "percent") {
        const v = Number(e.value);
        if (Number.isFinite(v) && (ind.type === "number" || (v >= 0 && v <= 100))) ok++;
      } else if (ind.type === "enum") {
        if (ind.enumOptions?.includes(String(e.value))) ok++;
      } else ok++;
    }
  return ok;
}

export async function benchDisclosureValidation(n = DISCLOSURE_BENCH_VALIDATIONS): Promise<Result> {
  const catalogue = loadDisclosureCatalogue("2026.1");
  const template = buildDisclosureTemplate(catalogue, {
    entityKind: "enterprise",
    frameworks: FRAMEWORKS,
    on: "2025-12-31",
  });
  const items = template.topics.flatMap((t) => t.items);
  const required = items.map((i) => ({ indicatorId: i.indicator.id, level: i.level, frameworks: i.frameworks }));
  const inputs = Array.from({ length: n }, (_, k) => entriesFor(template, k));
  const baseMiB = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  let values = 0;
  const run = await withMemoryPeak(() => {
    for (const entries of inputs) {
      const r = validateDisclosure({
        indicators: items.map((i) => i.indicator),
        dimensions: catalogue.dimensions,
        rules: catalogue.rules,
        entries,
        existing: [],
        required,
        previousYear: new Map(),
        stage: "submit",
      });
      values += r.values.length;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const refStarted = performance.now();
  const checked = referencePass(
    items.map((i) => i.indicator),
    inputs,
  );
  const refSeconds = (performance.now() - refStarted) / 1000;
  if (checked === 0) throw new Error("the validation reference checked nothing");
  return result({
    name: `disclosure: validate ${count(n)} disclosures (pure validator, stage submit)`,
    seconds,
    throughput: per(n, seconds, "disclosures/s"),
    peakRssMiB: baseMiB + run.peakMiB,
    reference: {
      name: "a plain-JS pass over the same entries: indicator looked up in a Map, value type and range checked",
      seconds: refSeconds,
      throughput: per(n, refSeconds, "disclosures/s"),
    },
    note: `bench process; ${items.length} indicators each, ${count(values)} values in all; ${((seconds / n) * 1000).toFixed(2)} ms per disclosure`,
  });
}
