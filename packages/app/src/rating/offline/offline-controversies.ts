/**
 * The controversies of an offline rating file, checked against the methodology (categories, statuses, severities)
 * and added to the entities of the values table.
 */
import { readDate, readDecimal } from "@greenfin/domain";
import type { RatingMethodology } from "@greenfin/reference";
import { type EntityDraft, text } from "./entity-draft";
import { type CONTROVERSY_COLUMNS, type RatingFileProblem, ratingProblem, type TableRow } from "./rating-table";

export type ControversyRow = TableRow<keyof typeof CONTROVERSY_COLUMNS>;

export function addControversies(
  methodology: RatingMethodology,
  { rows, file }: { readonly rows: readonly ControversyRow[]; readonly file: string },
  entities: Map<string, EntityDraft>,
  problems: RatingFileProblem[],
): void {
  const { categories, statuses, severities } = methodology.controversies;
  const fail = (code: string, at: RatingFileProblem["location"], zh: string, en: string) =>
    problems.push(ratingProblem(code, file, at, zh, en));
  for (const row of rows) {
    const entityId = text(row.cells.entity_id);
    const entity = entities.get(entityId);
    if (!entity)
      fail(
        "UNKNOWN_ENTITY",
        row.at("entity_id"),
        `主体「${entityId}」在数值表中没有任何行（其行业从数值表读取）`,
        `entity "${entityId}" has no rows in the values table (its industry is read from there)`,
      );
    const date = readDate(typeof row.cells.date === "string" ? row.cells.date : text(row.cells.date));
    if (!date) fail("NOT_A_DATE", row.at("date"), "应填日期（如 2025-12-31）", "expected a date such as 2025-12-31");
    const severityText = readDecimal(row.cells.severity);
    const severity = severityText === null ? Number.NaN : Number(severityText);
    if (!severities.some((s) => s.severity === severity))
      fail(
        "BAD_SEVERITY",
        row.at("severity"),
        `严重程度应为 ${severities.map((s) => s.severity).join("、")} 之一`,
        `the severity must be one of ${severities.map((s) => s.severity).join(", ")}`,
      );
    const category = text(row.cells.category);
    if (!categories.some((c) => c.id === category))
      fail(
        "BAD_CATEGORY",
        row.at("category"),
        `「${category}」不是 ${methodology.ref} 的争议类别（可选：${categories.map((c) => c.id).join("、")}）`,
        `"${category}" is not a controversy category of ${methodology.ref} (one of: ${categories.map((c) => c.id).join(", ")})`,
      );
    const status = text(row.cells.status);
    if (!statuses.some((s) => s.status === status))
      fail(
        "BAD_STATUS",
        row.at("status"),
        `「${status}」不是争议状态（可选：${statuses.map((s) => s.status).join("、")}）`,
        `"${status}" is not a controversy status (one of: ${statuses.map((s) => s.status).join(", ")})`,
      );
    if (!entity || !date) continue;
    const id = text(row.cells.id) || `${entityId}-${entity.controversies.length + 1}`;
    if (entity.controversies.some((c) => c.id === id)) {
      fail(
        "DUPLICATE_EVENT",
        row.at("id"),
        `主体 ${entityId} 的事件编号 ${id} 重复`,
        `entity ${entityId} lists event ${id} twice`,
      );
      continue;
    }
    entity.controversies.push({ id, date, severity, category, status, source: text(row.cells.source) });
  }
}
