/**
 * An institution uploads a book for a reporting year: a counterparties file and a positions file (CSV or .xlsx).
 * All or nothing, in one transaction: the counterparties are read whole, the positions streamed in batches through
 * the domain's parsers and stored batch by batch; a problem anywhere keeps the checking going (every problem is
 * listed, up to a cap) and nothing is kept. The same two files for the same year are the same book: the existing
 * one is answered (created: false) and nothing is stored or run. Otherwise the book's first run is queued, and the
 * upload is audited.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import {
  matchPcafColumns,
  type PcafCounterparty,
  type PcafReferenceData,
  type PcafRowError,
  POSITION_COLUMNS,
  parsePcafCounterparties,
  parsePcafPositions,
} from "@greenfin/domain";
import { loadPcafReference } from "@greenfin/reference";
import { appendAudit } from "../audit/audit-log";
import { type ActivityIntakeLimits, activityLimits } from "../carbon/intake/index";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { requireInstitution } from "./pcaf-access";
import { type PcafFileInput, PcafFileReader, type RecordBatch } from "./pcaf-file-records";
import { PcafFileRefused, PcafUploadProblems, pcafProblem } from "./pcaf-upload-problems";
import { queuePcafRun } from "./start-pcaf-run";
import { type BookRef, storeCounterparties, storePositions } from "./store-pcaf-book";

export interface UploadPcafBookInput {
  year: number;
  label?: string | null | undefined;
  positions: PcafFileInput;
  counterparties: PcafFileInput;
  limits?: Partial<ActivityIntakeLimits>;
}

export interface PcafBookCreated {
  bookId: string;
  runId: string;
  jobId: string | null;
  created: boolean;
  positions: number;
  counterparties: number;
}

/** Positions parsed, checked and stored together. */
const BATCH = 5_000;

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
const filesHash = (positions: string, counterparties: string) =>
  sha256(`positions:${positions}\ncounterparties:${counterparties}\n`);

/** The identical upload found at the end of a streamed one: its rows are rolled back and the book answered. */
class AlreadyUploaded extends Error {
  constructor(readonly answer: PcafBookCreated) {
    super("the same files were already uploaded for the year");
  }
}

async function existingBook(db: Queryable, actor: Actor, year: number, hash: string): Promise<PcafBookCreated | null> {
  const r = await db.query<{ id: string; position_count: number; counterparty_count: number; run_id: string }>(
    `SELECT b.id, b.position_count, b.counterparty_count,
            (SELECT r.id FROM pcaf_runs r WHERE r.book_id = b.id ORDER BY r.created_at DESC LIMIT 1) AS run_id
       FROM pcaf_books b WHERE b.org_id = $1 AND b.year = $2 AND b.files_sha256 = $3`,
    [actor.orgId, year, hash],
  );
  const b = r.rows[0];
  return b
    ? {
        bookId: b.id,
        runId: b.run_id,
        jobId: null,
        created: false,
        positions: b.position_count,
        counterparties: b.counterparty_count,
      }
    : null;
}

/** The domain's row (1 = header, 2 = first record passed) as the file's own line or worksheet row. */
const fileRow = (e: PcafRowError, rows: readonly number[], headerRow: number) =>
  e.row <= 1 ? headerRow : (rows[e.row - 2] ?? e.row);

interface Intake {
  readonly actor: Actor;
  readonly year: number;
  readonly reference: PcafReferenceData;
  readonly problems: PcafUploadProblems;
  readonly cpFile: PcafFileReader;
  readonly posFile: PcafFileReader;
}

/** The counterparties file whole (tens of thousands of rows at most), parsed. */
async function readCounterparties(intake: Intake): Promise<ReadonlyMap<string, PcafCounterparty>> {
  const { cpFile, problems, reference } = intake;
  const records: Record<string, string>[] = [];
  const rows: number[] = [];
  let header: readonly string[] = [];
  for await (const batch of cpFile.batches(BATCH)) {
    header = batch.header;
    records.push(...batch.records);
    rows.push(...batch.rows);
    for (const p of batch.problems) problems.add(p);
  }
  const parsed = parsePcafCounterparties(records, reference, header);
  for (const e of parsed.errors)
    problems.add(
      pcafProblem("counterparties", cpFile.fileName, fileRow(e, rows, 1), e.column, e.messageZh, e.messageEn),
    );
  return parsed.counterparties;
}

/** Ids already seen in earlier batches (the parser finds repeats within a batch). */
function repeatsAcrossBatches(intake: Intake, batch: RecordBatch, seen: Set<string>): void {
  const column = matchPcafColumns(batch.header, POSITION_COLUMNS).get("position_id");
  if (column === undefined) return;
  batch.records.forEach((record, i) => {
    const id = record[column]?.trim();
    if (id && seen.has(id))
      intake.problems.add(
        pcafProblem(
          "positions",
          intake.posFile.fileName,
          batch.rows[i] ?? null,
          "position_id",
          `头寸编号 ${id} 重复`,
          `position ${id} is listed twice`,
        ),
      );
  });
  for (const record of batch.records) {
    const id = record[column]?.trim();
    if (id) seen.add(id);
  }
}

/** Streams, checks and (while nothing is wrong) stores the positions; returns their count and total outstanding. */
async function readAndStorePositions(
  tx: Queryable,
  intake: Intake,
  book: BookRef,
  counterparties: ReadonlyMap<string, PcafCounterparty>,
): Promise<{ count: number; outstanding: string }> {
  const { posFile, problems, reference } = intake;
  const seen = new Set<string>();
  let count = 0;
  let records = 0;
  let outstanding = "0";
  let headerChecked = false;
  for await (const batch of posFile.batches(BATCH)) {
    for (const p of batch.problems) problems.add(p);
    if (batch.records.length === 0) continue;
    records += batch.records.length;
    repeatsAcrossBatches(intake, batch, seen);
    const parsed = parsePcafPositions(batch.records, { reference, counterparties }, batch.header);
    for (const e of parsed.errors) {
      // A header problem is the same in every batch: listed once.
      if (e.row <= 1 && headerChecked) continue;
      problems.add(
        pcafProblem("positions", posFile.fileName, fileRow(e, batch.rows, 1), e.column, e.messageZh, e.messageEn),
      );
    }
    headerChecked = true;
    if (problems.count === 0) outstanding = await storePositions(tx, book, count + 1, parsed.positions, outstanding);
    count += parsed.positions.length;
  }
  if (records === 0)
    problems.add(
      pcafProblem("positions", posFile.fileName, 2, "position_id", "文件没有头寸", "the file holds no positions"),
    );
  return { count, outstanding };
}

async function storeBook(tx: Queryable, p: Platform, intake: Intake, label: string | null): Promise<PcafBookCreated> {
  const { actor, year, problems, cpFile, posFile } = intake;
  const book: BookRef = { bookId: randomUUID(), orgId: actor.orgId };
  const counterparties = await readCounterparties(intake);
  if (problems.count === 0) await storeCounterparties(tx, book, [...counterparties.values()]);
  const positions = await readAndStorePositions(tx, intake, book, counterparties);
  if (problems.count > 0) throw problems.refusal();

  const hash = filesHash(posFile.sha256(), cpFile.sha256());
  const now = p.clock.now();
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO pcaf_books (id, org_id, year, label, positions_file, counterparties_file, positions_sha256,
                             counterparties_sha256, files_sha256, position_count, counterparty_count, outstanding,
                             uploaded_by, uploaded_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
     ON CONFLICT (org_id, year, files_sha256) DO NOTHING RETURNING id`,
    [
      book.bookId,
      actor.orgId,
      year,
      label ?? posFile.fileName ?? `${year}`,
      posFile.fileName,
      cpFile.fileName,
      posFile.sha256(),
      cpFile.sha256(),
      hash,
      positions.count,
      counterparties.size,
      positions.outstanding,
      actor.userId,
      now,
    ],
  );
  if (inserted.rows.length === 0) {
    // The same files for the year arrived meanwhile (or were streamed, so not recognised up front).
    const earlier = await existingBook(tx, actor, year, hash);
    if (!earlier) throw new Error("pcaf_books refused the book but holds no earlier one");
    throw new AlreadyUploaded(earlier);
  }
  const run = await queuePcafRun(tx, p, actor, { id: book.bookId, year });
  await appendAudit(tx, actor, now, {
    action: "pcaf.book.upload",
    entityType: "pcaf_book",
    entityId: book.bookId,
    orgId: actor.orgId,
    details: {
      year,
      positions: positions.count,
      counterparties: counterparties.size,
      outstanding: positions.outstanding,
      filesSha256: hash,
      positionsFile: posFile.fileName,
      counterpartiesFile: cpFile.fileName,
      runId: run.runId,
    },
  });
  return {
    bookId: book.bookId,
    runId: run.runId,
    jobId: run.jobId,
    created: true,
    positions: positions.count,
    counterparties: counterparties.size,
  };
}

export async function uploadPcafBook(p: Platform, actor: Actor, input: UploadPcafBookInput): Promise<PcafBookCreated> {
  requireInstitution(actor, "write");
  const limits = activityLimits(input.limits);
  const problems = new PcafUploadProblems(limits.maxProblems);
  const intake: Intake = {
    actor,
    year: input.year,
    reference: loadPcafReference(),
    problems,
    cpFile: new PcafFileReader(input.counterparties, "counterparties", limits),
    posFile: new PcafFileReader(input.positions, "positions", limits),
  };
  // Files held in memory (an HTTP upload) are recognised before anything is parsed.
  const { positions: pos, counterparties: cps } = input;
  if (pos.bytes instanceof Uint8Array && cps.bytes instanceof Uint8Array) {
    const earlier = await existingBook(p.db, actor, input.year, filesHash(sha256(pos.bytes), sha256(cps.bytes)));
    if (earlier) return earlier;
  }
  const label = input.label?.trim() || null;
  try {
    return await p.db.transaction((tx) => storeBook(tx, p, intake, label));
  } catch (e) {
    if (e instanceof AlreadyUploaded) return e.answer;
    if (e instanceof PcafFileRefused) {
      for (const problem of e.problems) problems.add(problem);
      throw problems.refusal();
    }
    throw e;
  }
}
