import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import {
  AppError,
  districtPcaf,
  getPcafPosition,
  getPcafRun,
  listPcafBooks,
  listPcafPositions,
  type Platform,
  pcafJrt0227Workbook,
  rerunPcafBook,
  uploadPcafBook,
  writePcafPositionsWorkbook,
  zodProblems,
} from "@greenfin/app";
import {
  zDistrictPcafQuery,
  zDistrictPcafRow,
  zId,
  zPage,
  zPcafBookCreated,
  zPcafBookParams,
  zPcafBookRow,
  zPcafBookUploadFields,
  zPcafExportQuery,
  zPcafPositionDetail,
  zPcafPositionParams,
  zPcafPositionRow,
  zPcafPositionsQuery,
  zPcafRunDetail,
  zPcafRunParams,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile, XLSX_TYPE } from "./binary-reply";
import { acceptMultipart, type MultipartForm } from "./multipart-form";
import { typed } from "./route-kit";

/** Per file: a book of a million positions is some 100 MiB of CSV. */
const FILE_LIMIT = 512 * 1024 * 1024;

const FILES = ["positions", "counterparties"] as const;

/** The form's two files and fields, checked by the contract; every missing or bad part is listed. */
function bookForm(form: MultipartForm | undefined) {
  const fields = zPcafBookUploadFields.safeParse(form?.fields ?? {});
  const problems = fields.success ? [] : zodProblems(fields.error);
  for (const name of FILES)
    if (!form?.files[name]?.bytes.byteLength)
      problems.push({ path: name, messageZh: `${name}：缺少文件`, messageEn: `${name}: the file is missing` });
  if (!fields.success || problems.length > 0) throw AppError.validation(problems);
  const file = (name: (typeof FILES)[number]) => {
    const f = form!.files[name]!;
    return { bytes: f.bytes, fileName: f.fileName };
  };
  return { ...fields.data, positions: file("positions"), counterparties: file("counterparties") };
}

/** Streams a file written to a private temporary directory, removed once sent (or abandoned). */
async function sendTemporaryFile(
  reply: FastifyReply,
  write: (path: string) => Promise<{ fileName: string }>,
): Promise<FastifyReply> {
  const dir = await mkdtemp(join(tmpdir(), "greenfin-pcaf-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const { fileName } = await write(join(dir, "export.xlsx"));
    const stream = createReadStream(join(dir, "export.xlsx"));
    stream.on("close", () => void cleanup());
    return sendFile(reply, stream, XLSX_TYPE, fileName);
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Financed emissions (PCAF Part A): books, runs, positions, the JR/T 0227 and positions workbooks, the district. */
export function pcafRoutes(app: FastifyInstance, p: Platform, onJobQueued: () => void): void {
  const r = typed(app);
  const tags = ["pcaf"];
  // The worker is woken once the response (and so the commit) is out.
  const wake = { onResponse: async () => onJobQueued() };
  app.register(async (scope) => {
    await acceptMultipart(scope, { fileSize: FILE_LIMIT, files: FILES.length });
    typed(scope).post(
      "/api/pcaf/books",
      {
        schema: {
          tags,
          description:
            "multipart/form-data: `positions` and `counterparties` files (.csv or .xlsx, docs/carbon-data-formats.md " +
            "§2–3), `year`, optional `label`. A book with any problem is refused with every problem (400 " +
            "VALIDATION_FAILED, details.problems by file, row and column); the same files again answer the existing book.",
          consumes: ["multipart/form-data"],
          response: { 202: zPcafBookCreated },
        },
        ...wake,
      },
      async (req, reply) => {
        const form = bookForm(req.body as MultipartForm | undefined);
        const created = await uploadPcafBook(p, actorOf(req), form);
        reply.status(202);
        return created;
      },
    );
  });
  r.get("/api/pcaf/books", { schema: { tags, response: { 200: z.array(zPcafBookRow) } } }, (req) =>
    listPcafBooks(p, actorOf(req)),
  );
  r.post(
    "/api/pcaf/books/:bookId/runs",
    {
      schema: {
        tags,
        params: zPcafBookParams,
        response: { 202: z.object({ runId: zId, jobId: zId.nullable() }) },
      },
      ...wake,
    },
    async (req, reply) => {
      const started = await rerunPcafBook(p, actorOf(req), req.params.bookId);
      reply.status(202);
      return started;
    },
  );
  r.get(
    "/api/pcaf/runs/:runId",
    { schema: { tags, params: zPcafRunParams, response: { 200: zPcafRunDetail } } },
    (req) => getPcafRun(p, actorOf(req), req.params.runId),
  );
  r.get(
    "/api/pcaf/runs/:runId/positions",
    {
      schema: {
        tags,
        params: zPcafRunParams,
        querystring: zPcafPositionsQuery,
        response: { 200: zPage(zPcafPositionRow) },
      },
    },
    (req) => listPcafPositions(p, actorOf(req), req.params.runId, req.query),
  );
  r.get(
    "/api/pcaf/runs/:runId/positions/:positionId",
    { schema: { tags, params: zPcafPositionParams, response: { 200: zPcafPositionDetail } } },
    (req) => getPcafPosition(p, actorOf(req), req.params.runId, req.params.positionId),
  );
  r.get(
    "/api/pcaf/runs/:runId/jrt0227.xlsx",
    { schema: { tags, params: zPcafRunParams, querystring: zPcafExportQuery } },
    async (req, reply) => {
      const file = await pcafJrt0227Workbook(p, actorOf(req), req.params.runId, req.query.lang);
      return sendFile(reply, file.bytes, XLSX_TYPE, file.fileName);
    },
  );
  r.get(
    "/api/pcaf/runs/:runId/positions.xlsx",
    { schema: { tags, params: zPcafRunParams, querystring: zPcafExportQuery } },
    (req, reply) =>
      sendTemporaryFile(reply, async (path) => {
        const out = createWriteStream(path);
        const written = await writePcafPositionsWorkbook(p, actorOf(req), req.params.runId, req.query.lang, out);
        await finished(out);
        return written;
      }),
  );
  r.get(
    "/api/district/pcaf",
    { schema: { tags, querystring: zDistrictPcafQuery, response: { 200: z.array(zDistrictPcafRow) } } },
    (req) => districtPcaf(p, actorOf(req), req.query.year),
  );
}
