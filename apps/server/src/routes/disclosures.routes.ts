import {
  applyIntake,
  compareRevisions,
  createDisclosure,
  DEFAULT_INTAKE_LIMITS,
  decideDisclosure,
  disclosureOverview,
  disclosureTemplate,
  disclosureWorkbook,
  getDisclosure,
  importDisclosureFile,
  listDisclosures,
  type Platform,
  publishDisclosure,
  startReview,
  submitDisclosure,
} from "@greenfin/app";
import {
  zCompareQuery,
  zComparison,
  zCreateDisclosure,
  zDisclosure,
  zDisclosureListQuery,
  zDisclosureOverview,
  zDisclosureSummary,
  zDisclosureTemplate,
  zId,
  zImportQuery,
  zIntakeResult,
  zReviewDecision,
  zSaveValues,
  zSubmitResult,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile, UPLOAD_TYPES, uploadedBytes, XLSX_TYPE } from "./binary-reply";
import { typed } from "./route-kit";

export function disclosureRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["disclosure"];
  const params = z.object({ id: zId });
  r.get(
    "/api/disclosures",
    { schema: { tags, querystring: zDisclosureListQuery, response: { 200: z.array(zDisclosureSummary) } } },
    (req) => listDisclosures(p, actorOf(req), req.query.view),
  );
  r.get("/api/district/disclosure-overview", { schema: { tags, response: { 200: zDisclosureOverview } } }, (req) =>
    disclosureOverview(p, actorOf(req)),
  );
  r.post(
    "/api/disclosures",
    { schema: { tags, body: zCreateDisclosure, response: { 200: z.object({ id: zId }) } } },
    (req) => createDisclosure(p, actorOf(req), req.body),
  );
  r.get("/api/disclosures/:id", { schema: { tags, params, response: { 200: zDisclosure } } }, (req) =>
    getDisclosure(p, actorOf(req), req.params.id),
  );
  r.get("/api/disclosures/:id/template", { schema: { tags, params, response: { 200: zDisclosureTemplate } } }, (req) =>
    disclosureTemplate(p, actorOf(req), req.params.id),
  );
  r.get("/api/disclosures/:id/workbook", { schema: { tags, params } }, async (req, reply) => {
    const file = await disclosureWorkbook(p, actorOf(req), req.params.id);
    return sendFile(reply, file.bytes, XLSX_TYPE, file.fileName);
  });
  // The form and the bulk JSON API: values in, validated as a whole, saved all or nothing.
  r.post(
    "/api/disclosures/:id/values",
    { schema: { tags, params, body: zSaveValues, response: { 200: zIntakeResult } } },
    (req) => {
      const actor = actorOf(req);
      return applyIntake(p, actor, req.params.id, {
        channel: req.body.idempotencyKey || actor.via === "token" ? "api" : "form",
        idempotencyKey: req.body.idempotencyKey ?? null,
        entries: req.body.values.map((v, i) => ({
          indicatorId: v.indicatorId,
          dimension: v.dimension,
          value: v.value,
          unit: v.unit ?? null,
          notDisclosedReason: v.notDisclosedReason ?? null,
          location: { source: actor.via === "token" ? "api" : "form", field: `values[${i}]` },
        })),
      });
    },
  );
  // A workbook or CSV file as the raw request body.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: "buffer", bodyLimit: DEFAULT_INTAKE_LIMITS.maxUploadBytes },
      (_req, body, done) => done(null, body),
    );
    typed(scope).post(
      "/api/disclosures/:id/imports",
      {
        bodyLimit: DEFAULT_INTAKE_LIMITS.maxUploadBytes,
        schema: { tags, params, querystring: zImportQuery, response: { 200: zIntakeResult } },
      },
      (req) =>
        importDisclosureFile(p, actorOf(req), req.params.id, {
          format: req.query.format,
          bytes: uploadedBytes(req.body),
          fileName: req.query.fileName ?? null,
          idempotencyKey: req.query.idempotencyKey ?? null,
        }),
    );
  });
  r.post("/api/disclosures/:id/submit", { schema: { tags, params, response: { 200: zSubmitResult } } }, (req) =>
    submitDisclosure(p, actorOf(req), req.params.id),
  );
  r.post("/api/disclosures/:id/review", { schema: { tags, params, response: { 200: zSubmitResult } } }, (req) =>
    startReview(p, actorOf(req), req.params.id),
  );
  r.post(
    "/api/disclosures/:id/decision",
    { schema: { tags, params, body: zReviewDecision, response: { 200: zSubmitResult } } },
    (req) => decideDisclosure(p, actorOf(req), req.params.id, req.body),
  );
  r.post("/api/disclosures/:id/publish", { schema: { tags, params, response: { 200: zSubmitResult } } }, (req) =>
    publishDisclosure(p, actorOf(req), req.params.id),
  );
  r.get(
    "/api/disclosures/:id/compare",
    { schema: { tags, params, querystring: zCompareQuery, response: { 200: zComparison } } },
    (req) => compareRevisions(p, actorOf(req), req.params.id, req.query.left, req.query.right),
  );
}
