import { Readable } from "node:stream";
import {
  activityItemOptions,
  importActivityFile,
  importActivityRows,
  listActivity,
  type Platform,
} from "@greenfin/app";
import {
  zActivityImportQuery,
  zActivityImportResult,
  zActivityItemOptions,
  zActivityList,
  zActivityListQuery,
  zId,
  zImportActivityRows,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { notAFile, UPLOAD_TYPES } from "./binary-reply";
import { typed } from "./route-kit";

/** Activity data of the carbon accounts: file import, rows from the form or API, and an enterprise's year. */
export function carbonActivityRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["carbon"];
  // The file is the raw request body, handed on as a stream: the use-case counts and limits its bytes as it reads,
  // so a utility's large CSV never sits in memory whole.
  app.register(async (scope) => {
    scope.addContentTypeParser(UPLOAD_TYPES, (_req, payload, done) => done(null, payload));
    typed(scope).post(
      "/api/carbon/activity/import",
      { schema: { tags, querystring: zActivityImportQuery, response: { 200: zActivityImportResult } } },
      (req) => {
        // Another content type (JSON, text) was parsed into a value, not handed on as the file's bytes.
        if (req.body !== undefined && !(req.body instanceof Readable)) throw notAFile();
        return importActivityFile(p, actorOf(req), {
          format: req.query.format,
          bytes: (req.body as AsyncIterable<Uint8Array> | undefined) ?? new Uint8Array(),
          fileName: req.query.fileName ?? null,
          limits: { maxCsvBytes: 512 * 1024 * 1024 },
        });
      },
    );
  });
  r.get("/api/carbon/activity-items", { schema: { tags, response: { 200: zActivityItemOptions } } }, (req) => {
    actorOf(req); // signed in: the catalogue is reference data, the same for everyone
    return activityItemOptions();
  });
  r.post(
    "/api/carbon/activity",
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: { tags, body: zImportActivityRows, response: { 200: zActivityImportResult } },
    },
    (req) => importActivityRows(p, actorOf(req), req.body.rows),
  );
  r.get(
    "/api/carbon/activity/:enterpriseId",
    {
      schema: {
        tags,
        params: z.object({ enterpriseId: zId }),
        querystring: zActivityListQuery,
        response: { 200: zActivityList },
      },
    },
    (req) => listActivity(p, actorOf(req), req.params.enterpriseId, { year: req.query.year }),
  );
}
