/**
 * Rates the entities of a file under a shipped methodology, without a database: for rating agencies and analysts
 * who want to check a methodology on their own data. All or nothing: a file with any problem rates nothing and
 * fails with every problem, located. The same file, methodology and date give the same bytes every time.
 */
import { type EntityRating, RatingInputError, type RatingRunSummary, rateUniverse, readDate } from "@greenfin/domain";
import { loadDisclosureCatalogue } from "@greenfin/reference";
import { AppError } from "../../errors/app-error";
import { methodologyOrFail } from "../rating-methodologies";
import { offlineUniverse } from "./offline-universe";
import { CONTROVERSY_COLUMNS, type Grid, type RatingFileProblem, tableRows, VALUE_COLUMNS } from "./rating-table";
import { readRatingCsv } from "./read-rating-csv";
import { readRatingWorkbook } from "./read-rating-workbook";

export interface RatingFile {
  /** The name shown in problems ("values.csv"). */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly format: "csv" | "xlsx";
}

export interface OfflineRatingRequest {
  /** Values, and for a workbook optionally a "controversies" sheet. */
  readonly file: RatingFile;
  /** Controversies as a CSV file of their own. */
  readonly controversies?: RatingFile;
  /** "enterprise-esg@2026.1" */
  readonly methodology: string;
  /** ISO date the rating is made on. */
  readonly asOf: string;
}

export interface OfflineRatingResult {
  readonly methodologyRef: string;
  readonly summary: RatingRunSummary;
  /** In the order the entities first appear in the file. */
  readonly ratings: EntityRating[];
  readonly ignoredRows: number;
}

async function grids(req: OfflineRatingRequest) {
  const problems: RatingFileProblem[] = [];
  let values: Grid | null = null;
  let controversies: Grid | null = null;
  const { file } = req;
  if (file.format === "xlsx") {
    const book = await readRatingWorkbook(file.bytes, file.name);
    problems.push(...book.problems);
    ({ values, controversies } = book);
    if (!values && book.problems.length === 0)
      problems.push(
        problemOf(
          file.name,
          "NO_VALUES_SHEET",
          "工作簿没有数值表（名为 values 的工作表，或第一张工作表）",
          'the workbook has no values sheet (named "values", or the first sheet)',
        ),
      );
  } else {
    const csv = readRatingCsv(file.bytes, file.name);
    problems.push(...csv.problems);
    values = csv.grid;
  }
  if (req.controversies) {
    if (controversies)
      problems.push(
        problemOf(
          req.controversies.name,
          "TWO_CONTROVERSY_TABLES",
          "工作簿已有 controversies 工作表，不能再另给争议文件",
          "the workbook already has a controversies sheet; give no separate controversies file",
        ),
      );
    const csv = readRatingCsv(req.controversies.bytes, req.controversies.name);
    problems.push(...csv.problems);
    controversies = csv.grid;
  }
  return { values, controversies, problems };
}

const problemOf = (file: string, code: string, zh: string, en: string): RatingFileProblem => ({
  code,
  severity: "error",
  location: { source: "file", field: file },
  path: file,
  messageZh: zh,
  messageEn: en,
});

export async function rateFileOffline(req: OfflineRatingRequest): Promise<OfflineRatingResult> {
  if (readDate(req.asOf) !== req.asOf)
    throw new AppError("BAD_INPUT", {
      zh: `评级日期「${req.asOf}」不是写作 YYYY-MM-DD 的有效日期`,
      en: `the rating date "${req.asOf}" is not a calendar date written YYYY-MM-DD`,
    });
  const methodology = methodologyOrFail(req.methodology);
  const read = await grids(req);
  const controversyFile = req.controversies?.name ?? req.file.name;
  const values = read.values ? tableRows(read.values, VALUE_COLUMNS, req.file.name) : { rows: [], problems: [] };
  const events = read.controversies
    ? tableRows(read.controversies, CONTROVERSY_COLUMNS, controversyFile)
    : { rows: [], problems: [] };
  const problems = [...read.problems, ...values.problems, ...events.problems];
  const universe = offlineUniverse(
    methodology,
    loadDisclosureCatalogue(methodology.disclosureCatalogue),
    { rows: values.rows, file: req.file.name },
    { rows: events.rows, file: controversyFile },
  );
  problems.push(...universe.problems);
  if (problems.length === 0 && universe.entities.length === 0)
    problems.push(
      problemOf(req.file.name, "NO_ENTITIES", "文件中没有可评级的主体", "the file holds no entity to rate"),
    );
  if (problems.length > 0) throw AppError.intake(problems);
  try {
    const { summary, ratings } = rateUniverse({ methodology, entities: universe.entities, asOf: req.asOf });
    return { methodologyRef: methodology.ref, summary, ratings, ignoredRows: universe.ignoredRows };
  } catch (e) {
    // The checks above leave the engine nothing to refuse; should one slip through, it is still the input's fault.
    if (e instanceof RatingInputError) throw new AppError("BAD_INPUT", { zh: e.message, en: e.message });
    throw e;
  }
}
