/**
 * An uploaded workbook or CSV into the institution's draft of a statistics report. The file is read safely (size,
 * zip-bomb and structure limits); the template and period come from the workbook, the upload's fields, or the report
 * named by `reportId` (which must be the institution's own: another's is NOT_FOUND). The figures are then checked by
 * the same check as the web form (`checkRevision` → checkStatReport, against the previous period's accepted
 * figures): any error anywhere saves nothing, and every problem names the sheet and cell (or the CSV line) it is
 * about. Otherwise the figures are saved through `saveStatReport`, so the draft is exactly what the form would save.
 */
import type { IntakeProblem, ProblemLocation } from "@greenfin/domain";
import { readStatPeriod, type StatProblem } from "@greenfin/domain";
import { STAT_TEMPLATE_REFS } from "@greenfin/reference";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { fileProblem } from "../../disclosure/intake/file-problem";
import { DEFAULT_INTAKE_LIMITS } from "../../disclosure/intake/intake-limits";
import { AppError, type IntakeProblemLike, isAppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { saveStatReport } from "../save-stat-report";
import { requireReporter } from "../stat-access";
import {
  checkRevision,
  readReport,
  type StatProblemView,
  type StatReportView,
  toProblemView,
} from "../stat-report-rows";
import { templateOr400 } from "../stat-templates";
import { readStatCsv } from "./read-stat-csv";
import { readStatWorkbook } from "./read-stat-workbook";
import type { StatFileEntry, StatFileRead } from "./stat-file-types";

export interface StatImportInput {
  bytes: Uint8Array;
  fileName?: string | null;
  templateRef?: string | null;
  period?: string | null;
  /** An existing report of the institution to import into (its template and period). */
  reportId?: string | null;
}

export interface StatImportResult {
  report: StatReportView;
  /** Figures saved (non-empty cells or lines). */
  imported: number;
  format: "xlsx" | "csv";
  /** Warnings of the check (saved anyway, as the form does), located in the file. */
  warnings: (StatProblemView & { location: ProblemLocation })[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function formatOf(bytes: Uint8Array, fileName: string | null | undefined): "xlsx" | "csv" {
  const name = (fileName ?? "").toLowerCase();
  if (name.endsWith(".csv") || name.endsWith(".txt")) return "csv";
  if (name.endsWith(".xlsx") || name.endsWith(".xls") || ZIP.every((b, i) => bytes[i] === b)) return "xlsx";
  return "csv";
}

const withPath = (x: IntakeProblem): IntakeProblemLike => {
  const l = x.location;
  const path = l.source === "xlsx" ? `${l.sheet}!${l.column}${l.row}` : l.source === "csv" ? `csv:${l.line}` : l.field;
  return { ...x, path, severity: x.severity };
};

/** Where each metric and item was read (the last row naming it: a duplicate is reported there). */
function locator(read: StatFileRead) {
  const at = new Map<string, ProblemLocation>();
  for (const e of read.entries) at.set(`${e.metric}\u0000${e.item ?? ""}`, e.location);
  return (metric: string | null, item: string | null): ProblemLocation =>
    metric === null
      ? read.periodLocation
      : (at.get(`${metric}\u0000${item ?? ""}`) ??
        at.get(`${metric}\u0000`) ?? { source: "file", field: item ? `${metric}.${item}` : metric });
}

/** The template and period: from the report, the upload's fields and the file, which must agree. */
function target(read: StatFileRead, given: { templateRef: string | null; period: string | null }) {
  const problems: IntakeProblem[] = [];
  const pick = (what: "templateRef" | "period", fromFile: string | null, fromInput: string | null) => {
    const at = what === "templateRef" ? read.templateLocation : read.periodLocation;
    const zh = what === "templateRef" ? "报表模板" : "报告期";
    if (fromFile && fromInput && fromFile !== fromInput)
      problems.push(
        fileProblem(
          "TARGET_MISMATCH",
          at,
          `文件中的${zh}“${fromFile}”与本次导入的“${fromInput}”不一致。`,
          `the file's ${what} "${fromFile}" differs from the import's "${fromInput}".`,
        ),
      );
    const value = fromInput ?? fromFile;
    if (!value) problems.push(fileProblem("TARGET_MISSING", at, `未指定${zh}。`, `no ${what} was given.`));
    return value;
  };
  const templateRef = pick("templateRef", read.templateRef, given.templateRef);
  const period = pick("period", read.period, given.period);
  if (templateRef && !(STAT_TEMPLATE_REFS as readonly string[]).includes(templateRef))
    problems.push(
      fileProblem(
        "UNKNOWN_TEMPLATE",
        read.templateLocation,
        `没有统计报表模板“${templateRef}”（可选：${STAT_TEMPLATE_REFS.join("、")}）。`,
        `"${templateRef}" is not a statistics template (available: ${STAT_TEMPLATE_REFS.join(", ")}).`,
      ),
    );
  else if (templateRef && period) {
    const p = readStatPeriod(period);
    const frequency = templateOr400(templateRef).frequency;
    if (!p || p.frequency !== frequency)
      problems.push(
        fileProblem(
          "BAD_PERIOD",
          read.periodLocation,
          `报告期“${period}”不正确：${frequency === "monthly" ? "月度报表写作 2026-03" : "季度报表写作 2026-Q1"}。`,
          `"${period}" is not a ${frequency} period (written ${frequency === "monthly" ? "2026-03" : "2026-Q1"}).`,
        ),
      );
  }
  return { templateRef, period, problems };
}

export async function importStatReport(p: Platform, actor: Actor, input: StatImportInput): Promise<StatImportResult> {
  requireReporter(actor, "write");
  let given = { templateRef: input.templateRef || null, period: input.period || null };
  if (input.reportId) {
    const row = await readReport(p.db, input.reportId);
    if (!row || row.org_id !== actor.orgId) throw AppError.notFound("stat_report");
    given = { templateRef: row.template_ref, period: row.period };
  }
  const limit = Math.max(DEFAULT_INTAKE_LIMITS.maxUploadBytes, DEFAULT_INTAKE_LIMITS.maxCsvBytes);
  if (input.bytes.byteLength > limit) throw new AppError("PAYLOAD_TOO_LARGE", { details: { limitBytes: limit } });
  if (input.bytes.byteLength === 0)
    throw AppError.validation([{ path: "file", messageZh: "文件为空", messageEn: "The file is empty" }]);
  const format = formatOf(input.bytes, input.fileName);
  const read = format === "xlsx" ? await readStatWorkbook(input.bytes) : readStatCsv(input.bytes);
  if (read.problems.length) throw AppError.intake(read.problems.map(withPath));
  const t = target(read, given);
  if (t.problems.length || !t.templateRef || !t.period) throw AppError.intake(t.problems.map(withPath));
  const template = templateOr400(t.templateRef);
  const values = read.entries
    .filter((e: StatFileEntry) => e.value !== "")
    .map((e) => ({ metric: e.metric, item: e.item, value: e.value, source: "reported" }));
  const where = locator(read);
  const located = (x: StatProblem) => {
    const location = where(x.metric, x.item);
    return { view: toProblemView(x), location, problem: fileProblem(x.code, location, x.messageZh, x.messageEn) };
  };
  const org = (await p.db.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [actor.orgId]))
    .rows[0];
  const check = await checkRevision(
    p.db,
    template,
    {
      org_id: actor.orgId,
      org_kind: (org?.kind ?? actor.orgKind) as Actor["orgKind"],
      template_ref: template.ref,
      period: t.period,
    },
    values,
  );
  const errors = check.problems.filter((x) => x.severity === "error").map(located);
  if (errors.length)
    throw AppError.intake(errors.map((e) => ({ ...withPath({ ...e.problem, severity: "error" }), code: e.view.code })));
  try {
    const report = await saveStatReport(p, actor, { templateRef: template.ref, period: t.period, values });
    // The save recorded the figures; this records that they came by file, and which.
    await p.db.transaction((tx) =>
      appendAudit(tx, actor, p.clock.now(), {
        action: "statistics.report.import",
        entityType: "stat_report",
        entityId: report.id,
        orgId: actor.orgId,
        details: { format, fileName: input.fileName ?? null, revision: report.revision, values: values.length },
      }),
    );
    const warnings = check.problems
      .filter((x) => x.severity === "warning")
      .map(located)
      .map((e) => ({ ...e.view, location: e.location }));
    return { report, imported: values.length, format, warnings };
  } catch (e) {
    // The same check ran above; a problem here is one the save alone finds (its shape limits): still located.
    if (isAppError(e) && e.code === "VALIDATION_FAILED") {
      const problems = ((e.details?.problems ?? []) as { path: string; messageZh: string; messageEn: string }[]).map(
        (x) => {
          const [, metric = null, item = null] = x.path.split(".");
          return withPath(fileProblem("INVALID", where(metric, item), x.messageZh, x.messageEn));
        },
      );
      throw AppError.intake(problems);
    }
    throw e;
  }
}
