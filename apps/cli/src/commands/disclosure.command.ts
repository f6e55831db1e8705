import { readFileSync, writeFileSync } from "node:fs";
import { blankWorkbook, checkDisclosureFile, ENTITY_KINDS, type EntityKind } from "@greenfin/app";
import { describeLocation } from "@greenfin/domain";
import { type Command, InvalidArgumentError } from "commander";
import { EXIT } from "../exit-codes";

const kind = (v: string): EntityKind => {
  if (!(ENTITY_KINDS as readonly string[]).includes(v))
    throw new InvalidArgumentError(`one of ${ENTITY_KINDS.join(", ")}`);
  return v as EntityKind;
};
const list = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const year = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2015 || n > 2100) throw new InvalidArgumentError("a year such as 2025");
  return n;
};

/** Offline disclosure tools: the Excel template, and a check of a filled workbook or CSV before it is uploaded. */
export function disclosureCommand(program: Command): void {
  const d = program
    .command("disclosure")
    .description("ESG disclosure templates and offline checks (no database needed)");
  const common = (c: Command) =>
    c
      .requiredOption("--kind <kind>", `entity kind: ${ENTITY_KINDS.join(" | ")}`, kind)
      .requiredOption("--frameworks <codes>", "comma-separated framework codes, e.g. SSE2024,ISSB-S2", list)
      .requiredOption("--year <year>", "reporting year", year);
  common(d.command("template").description("Write the Excel template for a kind of entity, frameworks and year"))
    .requiredOption("--out <file.xlsx>", "where to write the workbook")
    .action(async (o: { kind: EntityKind; frameworks: string[]; year: number; out: string }) => {
      writeFileSync(o.out, await blankWorkbook({ entityKind: o.kind, frameworks: o.frameworks, year: o.year }));
      process.stdout.write(`Template written to ${o.out}\n`);
    });
  common(d.command("check").argument("<file>", "a filled .xlsx workbook or .csv file"))
    .description("Check a file as a submission would be checked; exit 3 if it has errors")
    .option("--lang <lang>", "zh or en", "zh")
    .action(async (file: string, o: { kind: EntityKind; frameworks: string[]; year: number; lang: string }) => {
      const format = file.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
      const r = await checkDisclosureFile(readFileSync(file), format, {
        entityKind: o.kind,
        frameworks: o.frameworks,
        year: o.year,
      });
      const en = o.lang === "en";
      for (const p of r.problems) {
        const where = describeLocation(p.location);
        process.stdout.write(
          `${p.severity === "error" ? "ERROR" : "WARN "} ${en ? where.en : where.zh}: ${en ? p.messageEn : p.messageZh}\n`,
        );
      }
      const errors = r.problems.filter((p) => p.severity === "error").length;
      process.stdout.write(
        `${r.values} value(s) read; ${errors} error(s), ${r.problems.length - errors} warning(s).\n`,
      );
      if (errors) process.exitCode = EXIT.checkFailed;
    });
}
