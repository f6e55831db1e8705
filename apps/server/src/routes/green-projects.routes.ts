import {
  addProjectDocument,
  classifyForActor,
  decideProject,
  getProject,
  greenProjectsWorkbook,
  listCorrections,
  listGreenCategories,
  listProjects,
  type Platform,
  PROJECT_DOCUMENT_MAX_BYTES,
  projectDocumentContent,
  reportBenefits,
  resubmitProject,
  submitProject,
  withdrawProject,
} from "@greenfin/app";
import {
  zBenefitReportBody,
  zBenefitReportRow,
  zClassifyBody,
  zGreenCategoryOption,
  zGreenClassification,
  zGreenCorrectionRow,
  zGreenProjectDecision,
  zGreenProjectDetail,
  zGreenProjectDocument,
  zGreenProjectInput,
  zGreenProjectParams,
  zGreenProjectQuery,
  zGreenProjectRow,
  zId,
  zPage,
  zWithdrawBody,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile, XLSX_TYPE } from "./binary-reply";
import { acceptMultipart, type MultipartForm } from "./multipart-form";
import { typed } from "./route-kit";

/**
 * The body is documented by its schema but checked by the use-case, which lists the contract's problems together with
 * what only it can check (industry code, catalogue item, owner, benefit inputs) in one answer.
 */
function bodyCheckedByUseCase<S>(): FastifySchemaCompiler<S> {
  const zod = validatorCompiler as unknown as FastifySchemaCompiler<S>;
  return (route) => (route.httpPart === "body" ? (data: unknown) => ({ value: data }) : zod(route));
}

/** The green project library and the classifier: classify, catalogue, corrections, projects and their lifecycle. */
export function greenProjectRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["green"];
  const params = zGreenProjectParams;

  r.post(
    "/api/green/classify",
    { schema: { tags, body: zClassifyBody, response: { 200: zGreenClassification } } },
    (req) => classifyForActor(p, actorOf(req), req.body),
  );
  r.get("/api/green/categories", { schema: { tags, response: { 200: z.array(zGreenCategoryOption) } } }, (req) =>
    listGreenCategories(actorOf(req)),
  );
  r.get("/api/green/corrections", { schema: { tags, response: { 200: z.array(zGreenCorrectionRow) } } }, (req) =>
    listCorrections(p, actorOf(req)),
  );
  r.get(
    "/api/green/projects",
    { schema: { tags, querystring: zGreenProjectQuery, response: { 200: zPage(zGreenProjectRow) } } },
    (req) => listProjects(p, actorOf(req), req.query),
  );
  r.get(
    "/api/green/projects/export.xlsx",
    { schema: { tags, querystring: zGreenProjectQuery } },
    async (req, reply) => {
      const file = await greenProjectsWorkbook(p, actorOf(req), req.query);
      return sendFile(reply, file.bytes, XLSX_TYPE, file.fileName);
    },
  );
  r.post(
    "/api/green/projects",
    {
      schema: { tags, body: zGreenProjectInput, response: { 201: zGreenProjectDetail } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const created = await submitProject(p, actorOf(req), req.body as unknown);
      reply.status(201);
      return created;
    },
  );
  r.get("/api/green/projects/:projectId", { schema: { tags, params, response: { 200: zGreenProjectDetail } } }, (req) =>
    getProject(p, actorOf(req), req.params.projectId),
  );
  r.put(
    "/api/green/projects/:projectId",
    {
      schema: { tags, params, body: zGreenProjectInput, response: { 200: zGreenProjectDetail } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    (req) => resubmitProject(p, actorOf(req), req.params.projectId, req.body as unknown),
  );
  r.post(
    "/api/green/projects/:projectId/decision",
    { schema: { tags, params, body: zGreenProjectDecision, response: { 200: zGreenProjectDetail } } },
    (req) => decideProject(p, actorOf(req), req.params.projectId, req.body),
  );
  r.post(
    "/api/green/projects/:projectId/withdraw",
    { schema: { tags, params, body: zWithdrawBody.optional(), response: { 200: zGreenProjectDetail } } },
    (req) => withdrawProject(p, actorOf(req), req.params.projectId, req.body ?? {}),
  );
  r.post(
    "/api/green/projects/:projectId/benefit-reports",
    {
      schema: { tags, params, body: zBenefitReportBody, response: { 201: zBenefitReportRow } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const row = await reportBenefits(p, actorOf(req), req.params.projectId, req.body as unknown);
      reply.status(201);
      return row;
    },
  );
  r.get(
    "/api/green/projects/:projectId/documents/:documentId",
    { schema: { tags, params: params.extend({ documentId: zId }) } },
    async (req, reply) => {
      const file = await projectDocumentContent(p, actorOf(req), req.params.projectId, req.params.documentId);
      return sendFile(reply, file.bytes, file.mediaType, file.fileName);
    },
  );
  app.register(async (scope) => {
    await acceptMultipart(scope, { fileSize: PROJECT_DOCUMENT_MAX_BYTES, files: 1 });
    typed(scope).post(
      "/api/green/projects/:projectId/documents",
      {
        schema: {
          tags,
          params,
          description:
            "multipart/form-data with one part `file`: a PDF, an image (PNG, JPEG, GIF, WebP) or an Office file " +
            "(Word, Excel, PowerPoint), recognised by its content; at most 20 MiB.",
          consumes: ["multipart/form-data"],
          response: { 201: zGreenProjectDocument },
        },
      },
      async (req, reply) => {
        // A missing part is an empty file: the use-case answers it after its access checks.
        const file = (req.body as Partial<MultipartForm> | undefined)?.files?.file ?? {
          fileName: null,
          bytes: new Uint8Array(),
        };
        const doc = await addProjectDocument(p, actorOf(req), req.params.projectId, file);
        reply.status(201);
        return doc;
      },
    );
  });
}
