import {
  addEvidence,
  disclosureReport,
  EVIDENCE_MAX_BYTES,
  evidenceContent,
  exportDisclosure,
  frameworksFor,
  listEvidence,
  type Platform,
  removeEvidence,
} from "@greenfin/app";
import {
  disclosureEntityKind,
  zEntityKind,
  zEvidence,
  zExportQuery,
  zFrameworkChoice,
  zId,
  zOk,
  zReportQuery,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile, UPLOAD_TYPES, uploadedBytes } from "./binary-reply";
import { typed } from "./route-kit";

/** Reports, exports, evidence files and the framework list of the disclosure module. */
export function disclosureFileRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["disclosure"];
  const params = z.object({ id: zId });
  r.get(
    "/api/disclosure-frameworks",
    {
      schema: {
        tags,
        querystring: z.object({ entityKind: zEntityKind.optional() }),
        response: { 200: z.array(zFrameworkChoice) },
      },
    },
    (req) => {
      const actor = actorOf(req);
      const kind = req.query.entityKind ?? disclosureEntityKind(actor.orgKind) ?? "enterprise";
      return frameworksFor(kind, `${p.clock.now().getUTCFullYear() - 1}-12-31`);
    },
  );
  r.get("/api/disclosures/:id/report", { schema: { tags, params, querystring: zReportQuery } }, async (req, reply) => {
    const file = await disclosureReport(p, actorOf(req), req.params.id, req.query);
    return sendFile(reply, file.body, file.contentType, file.fileName, req.query.format === "html");
  });
  r.get("/api/disclosures/:id/export", { schema: { tags, params, querystring: zExportQuery } }, async (req, reply) => {
    const file = await exportDisclosure(p, actorOf(req), req.params.id, req.query.format, req.query.revision);
    return sendFile(reply, file.body, file.contentType, file.fileName);
  });
  r.get("/api/disclosures/:id/evidence", { schema: { tags, params, response: { 200: z.array(zEvidence) } } }, (req) =>
    listEvidence(p, actorOf(req), req.params.id),
  );
  app.register(async (scope) => {
    scope.addContentTypeParser(UPLOAD_TYPES, { parseAs: "buffer", bodyLimit: EVIDENCE_MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    typed(scope).post(
      "/api/disclosures/:id/evidence",
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        schema: {
          tags,
          params,
          querystring: z.object({ indicatorId: z.string().min(1).max(20), fileName: z.string().min(1).max(200) }),
          response: { 200: zEvidence },
        },
      },
      (req) =>
        addEvidence(p, actorOf(req), req.params.id, {
          indicatorId: req.query.indicatorId,
          fileName: req.query.fileName,
          bytes: uploadedBytes(req.body),
        }),
    );
  });
  r.get("/api/evidence/:id/content", { schema: { tags, params } }, async (req, reply) => {
    const file = await evidenceContent(p, actorOf(req), req.params.id);
    return sendFile(reply, file.bytes, file.mediaType, file.fileName);
  });
  r.delete("/api/evidence/:id", { schema: { tags, params, response: { 200: zOk } } }, (req) =>
    removeEvidence(p, actorOf(req), req.params.id),
  );
}
