import { extname } from "node:path";
import { AppError, systemClock } from "@greenfin/app";
import { buildJrt0227Section, parsePcafCounterparties, parsePcafPositions, startPcafPortfolio } from "@greenfin/domain";
import type { Command } from "commander";
import { openResultWriter, pcafSummaryText } from "./pcaf-output";
import { readCsvRecords, rowErrors } from "./pcaf-read-files";
import { loadPcafReference } from "./pcaf-reference";

const HELP = `
Input: the positions and counterparties files of docs/carbon-data-formats.md (sections 2 and 3), CSV with a
header row (English or Chinese column names). Amounts in CNY. Every bad row of either file is listed with its
row and column and the command exits 2 without writing anything.

Output: a summary (totals, weighted data-quality score, WACI, carbon footprint, hashes); with --out, every
position's result and explanation as results.json ({ positions, summary, jrt0227 }) or results.csv (a row per
position). The same files and --year give byte-identical output. Method: docs/pcaf-method.md.
`;

interface PcafOptions {
  counterparties: string;
  year?: string;
  out?: string;
}

/** `greenfin pcaf`: PCAF Part A financed emissions of a book, offline (no database). */
export function pcafCommand(program: Command): void {
  program
    .command("pcaf")
    .argument("<positions.csv>", "positions file")
    .description("Financed emissions of a loan and investment book under PCAF Part A, offline (no database needed)")
    .requiredOption("--counterparties <file.csv>", "counterparties file")
    .option("--year <YYYY>", "reporting year (default: last calendar year, printed)")
    .option("--out <results.json|results.csv>", "write every position's result to a file")
    .addHelpText("after", HELP)
    .action((positionsPath: string, o: PcafOptions) => {
      const format = o.out ? extname(o.out).toLowerCase().slice(1) : null;
      if (format !== null && format !== "json" && format !== "csv")
        throw new AppError("BAD_INPUT", {
          zh: "--out 应为 .json 或 .csv 文件",
          en: "--out must be a .json or .csv file",
        });
      if (o.year !== undefined && !/^\d{4}$/.test(o.year))
        throw new AppError("BAD_INPUT", { zh: "--year 应为四位年份", en: "--year must be a four-digit year" });
      const year = o.year ? Number(o.year) : systemClock.now().getFullYear() - 1;
      const reference = loadPcafReference();

      const cpFile = readCsvRecords(o.counterparties);
      const cps = parsePcafCounterparties(cpFile.records, reference, cpFile.header);
      const posFile = readCsvRecords(positionsPath);
      const parsed = parsePcafPositions(
        posFile.records,
        { reference, counterparties: cps.counterparties },
        posFile.header,
      );
      const problems = [...rowErrors(o.counterparties, cps.errors), ...rowErrors(positionsPath, parsed.errors)];
      if (problems.length > 0)
        throw new AppError("BAD_INPUT", {
          zh: `文件有 ${problems.length} 处问题，未写入任何结果`,
          en: `${problems.length} problem(s) in the files; nothing was written`,
          details: { problems },
        });

      const writer = o.out ? openResultWriter(o.out, format as "json" | "csv") : null;
      try {
        const builder = startPcafPortfolio({ reference, year, counterparties: cps.counterparties }, (r) =>
          writer?.position(r),
        );
        for (const position of parsed.positions) builder.add(position);
        const result = builder.finish();
        writer?.commit(result, { jrt0227: buildJrt0227Section(result, reference) });
        const note = o.year ? "" : " (last year; pass --year to fix it)";
        process.stdout.write(`${pcafSummaryText(result, note)}${o.out ? `Written to ${o.out}\n` : ""}`);
      } catch (e) {
        writer?.abort();
        throw e;
      }
    });
}
