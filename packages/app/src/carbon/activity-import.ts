/**
 * Activity data into the carbon accounts (docs/carbon-data-formats.md §1), by file (CSV or Excel, streamed so that a
 * utility's export of millions of rows passes through bounded memory) or by rows from the form and the API.
 *
 * All or nothing, in one transaction: rows are validated and staged batch by batch; a problem anywhere keeps the
 * validation going (so that every problem is listed, up to a cap, the rest counted) and nothing is written. Otherwise
 * one merge writes what differs, the import is recorded with its counts, and one audit entry says so.
 */
import { createHash } from "node:crypto";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import { safeFileName } from "../files/file-name";
import type { Platform } from "../platform";
import { analyzeStage, createStage, dropStage, mergeStage, repeatedKeys, Stager } from "./activity-stage";
import { ActivityValidator } from "./activity-validate";
import {
  ACTIVITY_COLUMNS,
  type ActivityBytes,
  type ActivityColumn,
  ActivityFileRefused,
  type ActivityIntakeLimits,
  type ActivityProblem,
  activityLimits,
  activityProblem,
  CountedBytes,
  fileLevel,
  plainNumber,
  type RowLocator,
  readActivityCsv,
  readActivityXlsx,
  type SourceRow,
} from "./intake/index";

export type ActivityChannel = "form" | "csv" | "xlsx" | "api" | "bulk";

export interface ActivityImportResult {
  importId: string;
  channel: ActivityChannel;
  /** Data rows in the input. */
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Enterprises the rows belong to. */
  enterprises: number;
  /** The earlier import of exactly the same content by the same organisation, if any. */
  repeatOf: string | null;
  contentHash: string;
}

export interface ImportActivityFileInput {
  format: "csv" | "xlsx";
  /** The file, in memory or streamed. */
  bytes: ActivityBytes;
  fileName?: string | null;
  /** "bulk" for a utility feed loaded by the district's tooling; the format otherwise. */
  channel?: "csv" | "xlsx" | "bulk";
  limits?: Partial<ActivityIntakeLimits>;
}

/** One row as the form or the API sends it. */
export interface ActivityRowInput {
  enterprise: string;
  meter?: string | null;
  month: string;
  item: string;
  quantity: string | number;
  unit: string;
  note?: string | null;
}

function refuse(problems: readonly ActivityProblem[], omitted: number, rowCount: number): AppError {
  return new AppError("VALIDATION_FAILED", {
    zh: "数据未通过校验，未保存任何内容",
    en: "The data did not pass validation; nothing was saved",
    details: { problems, omitted, rowCount },
  });
}

function requireImporter(actor: Actor): void {
  if (actor.orgKind !== "enterprise" && actor.orgKind !== "district")
    throw AppError.forbidden(
      "只有企业（本企业数据）和园区管委会（公用事业批量数据）可以导入活动数据",
      "Only an enterprise (its own data) and the district (utility bulk feeds) import activity data",
    );
  requirePermission(actor, "write");
}

interface Intake {
  channel: ActivityChannel;
  fileName: string | null;
  /** The rows, in the chunks the reader produces them. */
  rows: AsyncIterable<readonly SourceRow[]>;
  locate: RowLocator;
  /** Known once the rows are read. */
  contentHash(): string;
  limits: ActivityIntakeLimits;
}

/** The reader's chunks of rows as batches of `size` rows. */
async function* batches(chunks: AsyncIterable<readonly SourceRow[]>, size: number): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = [];
  for await (const chunk of chunks) {
    for (const r of chunk) {
      batch.push(r);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}

async function runImport(p: Platform, actor: Actor, intake: Intake): Promise<ActivityImportResult> {
  requireImporter(actor);
  const lim = intake.limits;
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    await createStage(tx);
    const v = new ActivityValidator(tx, actor, intake.locate, lim.maxProblems);
    const stage = new Stager(tx);
    try {
      for await (const batch of batches(intake.rows, lim.batchRows)) {
        const good = await v.check(batch);
        // Once the list of problems is full nothing more is staged: the rest is only counted.
        if (v.problems.length < lim.maxProblems) await stage.add(good);
      }
      await stage.settled();
    } catch (e) {
      // The batch in flight ends before the transaction rolls back; its own failure, if any, is the lesser news.
      await stage.settled().catch(() => undefined);
      if (e instanceof ActivityFileRefused) throw refuse(e.problems, 0, v.rows);
      throw e;
    }
    if (v.rows === 0 && v.problemCount === 0)
      throw refuse([fileLevel("EMPTY", "rows", "没有数据行。", "there are no data rows.")], 0, 0);
    await analyzeStage(tx);
    const room = lim.maxProblems - v.problems.length;
    const repeated = v.repeats.unsure ? await repeatedKeys(tx, room) : { keys: [], total: 0 };
    for (const k of repeated.keys) {
      const [first, ...later] = k.lines;
      for (const line of later)
        v.add(
          activityProblem(
            "DUPLICATE_KEY",
            intake.locate(line, "item"),
            line,
            "item",
            `与第 ${first} 行重复：同一企业、计量点（${k.meter}）、月份（${k.month}）和项目（${k.item}）只能有一行。`,
            `repeats row ${first}: one row per enterprise, meter (${k.meter}), month (${k.month}) and item (${k.item}).`,
          ),
        );
    }
    v.omitted += Math.max(0, repeated.total - repeated.keys.length);
    if (v.problemCount > 0) throw refuse(v.problems, v.omitted, v.rows);

    const contentHash = intake.contentHash();
    const earlier = await tx.query<{ id: string }>(
      "SELECT id FROM carbon_activity_imports WHERE org_id = $1 AND content_hash = $2 AND repeat_of IS NULL",
      [actor.orgId, contentHash],
    );
    const repeatOf = earlier.rows[0]?.id ?? null;
    const created = await tx.query<{ id: string }>(
      `INSERT INTO carbon_activity_imports (org_id, channel, file_name, content_hash, repeat_of, row_count,
                                            enterprise_count, created_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
      [
        actor.orgId,
        intake.channel,
        intake.fileName,
        contentHash,
        repeatOf,
        v.rows,
        v.enterprises.size,
        actor.userId,
        now,
      ],
    );
    const importId = created.rows[0]!.id;
    const merged = await mergeStage(tx, importId, now);
    await dropStage(tx);
    const unchanged = v.rows - merged.inserted - merged.updated;
    await tx.query("UPDATE carbon_activity_imports SET inserted = $2, updated = $3, unchanged = $4 WHERE id = $1", [
      importId,
      merged.inserted,
      merged.updated,
      unchanged,
    ]);
    const single = v.enterprises.size === 1 ? [...v.enterprises][0]! : null;
    await appendAudit(tx, actor, now, {
      action: "carbon.activity.import",
      entityType: "carbon_activity_import",
      entityId: importId,
      orgId: actor.orgKind === "district" ? single : actor.orgId,
      details: {
        channel: intake.channel,
        fileName: intake.fileName,
        contentHash,
        repeatOf,
        rows: v.rows,
        inserted: merged.inserted,
        updated: merged.updated,
        unchanged,
        enterprises: v.enterprises.size,
      },
    });
    return {
      importId,
      channel: intake.channel,
      rowCount: v.rows,
      inserted: merged.inserted,
      updated: merged.updated,
      unchanged,
      enterprises: v.enterprises.size,
      repeatOf,
      contentHash,
    };
  });
}

/**
 * An activity file (CSV or .xlsx; headers in English or Chinese) into the carbon accounts, whole or not at all.
 * `bytes` may be a stream (an upload, a file on disk): a CSV is then read with bounded memory whatever its size.
 */
export async function importActivityFile(
  p: Platform,
  actor: Actor,
  input: ImportActivityFileInput,
): Promise<ActivityImportResult> {
  requireImporter(actor);
  const limits = activityLimits(input.limits);
  const fileName = safeFileName(input.fileName, null);
  const channel = input.channel ?? input.format;
  if (input.format === "csv") {
    const counted = new CountedBytes(input.bytes, limits.maxCsvBytes, "csv");
    return runImport(p, actor, {
      channel,
      fileName,
      rows: readActivityCsv(counted, limits.maxRows),
      locate: (line, column) => ({ source: "csv", line, column }),
      contentHash: () => counted.digest(),
      limits,
    });
  }
  // A workbook is held whole (within its limit): the zip must be checked before anything inflates it.
  const counted = new CountedBytes(input.bytes, limits.maxXlsxBytes, "xlsx");
  const parts: Uint8Array[] = [];
  try {
    for await (const chunk of counted) parts.push(chunk);
  } catch (e) {
    if (e instanceof ActivityFileRefused) throw refuse(e.problems, 0, 0);
    throw e;
  }
  if (counted.bytes === 0) throw refuse([fileLevel("EMPTY", "xlsx", "文件为空。", "the file is empty.")], 0, 0);
  const reader = readActivityXlsx(Buffer.concat(parts), limits);
  const contentHash = counted.digest();
  return runImport(p, actor, {
    channel,
    fileName,
    rows: reader.rows,
    locate: reader.locate,
    contentHash: () => contentHash,
    limits,
  });
}

const text = (v: string | number | null | undefined): string | null => {
  if (v === null || v === undefined) return null;
  const t = typeof v === "number" ? (Number.isFinite(v) ? plainNumber(v) : String(v)) : v.trim();
  return t === "" ? null : t;
};

/** Rows from the web form or the JSON API, validated and saved exactly as a file's rows are. */
export async function importActivityRows(
  p: Platform,
  actor: Actor,
  rows: readonly ActivityRowInput[],
  opts: { channel?: "form" | "api"; limits?: Partial<ActivityIntakeLimits> } = {},
): Promise<ActivityImportResult> {
  requireImporter(actor);
  const limits = activityLimits(opts.limits);
  if (rows.length > limits.maxJsonRows)
    throw AppError.validation([
      {
        path: "rows",
        messageZh: `一次最多提交 ${limits.maxJsonRows} 行，更多请上传文件`,
        messageEn: `At most ${limits.maxJsonRows} rows per request; upload a file for more`,
      },
    ]);
  const source: SourceRow[] = rows.map((r, i) => {
    const cells = {} as Record<ActivityColumn, string | null>;
    for (const c of ACTIVITY_COLUMNS) cells[c] = text(r[c]);
    return { row: i + 1, cells };
  });
  const channel = opts.channel ?? (actor.via === "token" ? "api" : "form");
  const canonical = JSON.stringify(source.map((s) => ACTIVITY_COLUMNS.map((c) => s.cells[c])));
  async function* all() {
    yield source;
  }
  return runImport(p, actor, {
    channel,
    fileName: null,
    rows: all(),
    locate: (row, column) => ({ source: channel, field: `rows[${row - 1}].${column}` }),
    contentHash: () => createHash("sha256").update(canonical).digest("hex"),
    limits,
  });
}
