/**
 * An offline rating written out: a table for the terminal, JSON with every explanation, or CSV with a row per
 * indicator, key issue and pillar and a total row per entity (layout in docs/rating-offline-format.md). No clock and
 * no environment: the same result always gives the same bytes.
 */
import type { EntityRating, RatingValue } from "@greenfin/domain";
import type { OfflineRatingResult } from "./rate-file-offline";

/** `{ summary, ratings }`, two-space indented, as the ratings were built (keys in sorted order). */
export const ratingResultJson = (r: OfflineRatingResult): string =>
  `${JSON.stringify({ summary: r.summary, ratings: r.ratings }, null, 2)}\n`;

export const RATING_CSV_COLUMNS = [
  "entity_id",
  "industry_code",
  "industry_group",
  "level",
  "id",
  "key_issue",
  "value",
  "unit",
  "score",
  "weight",
  "contribution",
  "deduction",
  "source",
  "flags",
  "grade",
] as const;

type CsvRow = Partial<Record<(typeof RATING_CSV_COLUMNS)[number], string | null>>;

const valueText = (v: RatingValue | null): string =>
  v === null ? "" : typeof v === "boolean" ? String(v) : typeof v === "string" ? v : v.join(";");
const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function entityRows(r: EntityRating): CsvRow[] {
  const own = { entity_id: r.entityId, industry_code: r.industryCode, industry_group: r.industryGroup };
  return [
    ...r.indicators.map((i) => ({
      ...own,
      level: "indicator",
      id: i.id,
      key_issue: i.keyIssue,
      value: valueText(i.value),
      unit: i.unit,
      score: i.score,
      weight: i.weight,
      contribution: i.contribution,
      source: i.source,
      flags: i.flags.join(";"),
    })),
    ...r.keyIssues.map((k) => ({
      ...own,
      level: "key_issue",
      id: k.id,
      score: k.score,
      weight: k.weight,
      contribution: k.contribution,
      deduction: k.controversyDeduction,
    })),
    ...r.pillars.map((p) => ({
      ...own,
      level: "pillar",
      id: p.id,
      score: p.score,
      weight: p.weight,
      contribution: p.contribution,
    })),
    { ...own, level: "total", score: r.score, weight: "100.0000", contribution: r.score, grade: r.grade },
  ];
}

/** UTF-8 with a byte-order mark and CRLF line ends, as the disclosure exports, so that Excel opens it as written. */
export function ratingResultCsv(r: OfflineRatingResult): string {
  const lines = [RATING_CSV_COLUMNS.join(",")];
  for (const rating of r.ratings)
    for (const row of entityRows(rating)) lines.push(RATING_CSV_COLUMNS.map((c) => csvField(row[c] ?? "")).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Display width: CJK and full-width characters take two columns. */
const width = (s: string): number =>
  [...s].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (s: string, n: number, right = false) => {
  const fill = " ".repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};

/** The run summary: what was rated with what, its hashes and the grades given. */
export function ratingSummaryText(r: OfflineRatingResult, asOfNote = ""): string {
  const s = r.summary;
  const lines = [
    `Methodology   ${r.methodologyRef}  sha256:${s.methodologyHash}`,
    `As of         ${s.asOf}${asOfNote}`,
    `Inputs hash   ${s.inputsHash}`,
    `Result hash   ${s.resultHash}`,
    `Entities      ${s.entityCount}: ${s.gradeCounts.map((g) => `${g.grade} ${g.count}`).join(" · ")}`,
  ];
  if (r.ignoredRows > 0) lines.push(`Ignored rows  ${r.ignoredRows} (indicators ${r.methodologyRef} does not read)`);
  return `${lines.join("\n")}\n`;
}

/** One line per entity: score, grade and pillar scores, then the summary. */
export function ratingTableText(r: OfflineRatingResult, asOfNote = ""): string {
  const pillar = (x: EntityRating, id: string) => x.pillars.find((p) => p.id === id)?.score ?? "—";
  const head = ["entity", "industry group", "score", "grade", "E", "S", "G"];
  const body = r.ratings.map((x) => [
    x.entityId,
    x.industryGroup,
    x.score,
    x.grade,
    pillar(x, "E"),
    pillar(x, "S"),
    pillar(x, "G"),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i] as string))));
  const numeric = [false, false, true, false, true, true, true];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] as number, numeric[i]))
      .join("  ")
      .trimEnd();
  return `${[line(head), ...body.map(line)].join("\n")}\n\n${ratingSummaryText(r, asOfNote)}`;
}
