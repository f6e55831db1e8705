/**
 * Disclosure benchmarks: importing a large workbook end to end (read, validate, save in one transaction) on the
 * embedded database, and the pure validator over many disclosures.
 */
import {
  type Actor,
  createDisclosure,
  disclosureWorkbook,
  importDisclosureFile,
  seedDemoDistrict,
  systemClock,
} from "@greenfin/app";
import { migrate, openPgliteDatabase } from "@greenfin/db";
import { type RawEntry, validateDisclosure } from "@greenfin/domain";
import { buildDisclosureTemplate, loadDisclosureCatalogue } from "@greenfin/reference";
import ExcelJS from "exceljs";
import type { Result } from "../bench";
import { withMemoryPeak } from "./memory-peak";

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

export async function benchDisclosureImport(values: number): Promise<Result> {
  const db = await openPgliteDatabase();
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
    const started = performance.now();
    const run = await withMemoryPeak(() =>
      importDisclosureFile(p, actor, id, { format: "xlsx", bytes: book, fileName: "bench.xlsx" }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.value.saved !== values) throw new Error(`expected ${values} values saved, got ${run.value.saved}`);
    return {
      name: `import a workbook of ${values.toLocaleString("en")} values (read, validate, save; embedded DB)`,
      seconds,
      note: `${(book.byteLength / 1024).toFixed(0)} KiB file; peak memory +${run.peakMiB.toFixed(0)} MiB RSS, +${run.heapMiB.toFixed(0)} MiB heap`,
    };
  } finally {
    await db.close();
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

export function benchDisclosureValidation(count: number): Result {
  const catalogue = loadDisclosureCatalogue("2026.1");
  const template = buildDisclosureTemplate(catalogue, {
    entityKind: "enterprise",
    frameworks: FRAMEWORKS,
    on: "2025-12-31",
  });
  const items = template.topics.flatMap((t) => t.items);
  const required = items.map((i) => ({ indicatorId: i.indicator.id, level: i.level, frameworks: i.frameworks }));
  const inputs = Array.from({ length: count }, (_, k) => entriesFor(template, k));
  const started = performance.now();
  let values = 0;
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
  const seconds = (performance.now() - started) / 1000;
  return {
    name: `validate ${count.toLocaleString("en")} disclosures (pure validator, stage submit)`,
    seconds,
    note: `${items.length} indicators each, ${values.toLocaleString("en")} values in all; ${((seconds / count) * 1000).toFixed(2)} ms per disclosure`,
  };
}
