import {
  applyForSubsidy,
  closeProgramme,
  createProgramme,
  decideApplication,
  getApplication,
  listApplications,
  listProgrammes,
  markPaid,
  openProgramme,
  type Platform,
  programmeUsage,
} from "@greenfin/app";
import {
  zSubsidyApplication,
  zSubsidyApplicationInput,
  zSubsidyApplicationParams,
  zSubsidyApplicationQuery,
  zSubsidyDecisionInput,
  zSubsidyPaidInput,
  zSubsidyProgramme,
  zSubsidyProgrammeInput,
  zSubsidyProgrammeParams,
  zSubsidyProgrammeQuery,
  zSubsidyUsage,
} from "@greenfin/contracts";
import type { FastifyInstance, FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/** The body is documented by its schema but checked whole by the use-case, every problem listed with its field. */
function bodyCheckedByUseCase<S>(): FastifySchemaCompiler<S> {
  const zod = validatorCompiler as unknown as FastifySchemaCompiler<S>;
  return (route) => (route.httpPart === "body" ? (data: unknown) => ({ value: data }) : zod(route));
}

/** Interest subsidies (贴息): the district's programmes, institutions' applications, decisions, payments and usage. */
export function subsidyRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["interest subsidies"];

  r.get(
    "/api/subsidies/programmes",
    { schema: { tags, querystring: zSubsidyProgrammeQuery, response: { 200: z.array(zSubsidyProgramme) } } },
    (req) => listProgrammes(p, actorOf(req), req.query),
  );
  r.post(
    "/api/subsidies/programmes",
    {
      schema: { tags, body: zSubsidyProgrammeInput, response: { 201: zSubsidyProgramme } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const programme = await createProgramme(p, actorOf(req), req.body as Parameters<typeof createProgramme>[2]);
      reply.status(201);
      return programme;
    },
  );
  r.post(
    "/api/subsidies/programmes/:programmeId/open",
    { schema: { tags, params: zSubsidyProgrammeParams, response: { 200: zSubsidyProgramme } } },
    (req) => openProgramme(p, actorOf(req), req.params.programmeId),
  );
  r.post(
    "/api/subsidies/programmes/:programmeId/close",
    { schema: { tags, params: zSubsidyProgrammeParams, response: { 200: zSubsidyProgramme } } },
    (req) => closeProgramme(p, actorOf(req), req.params.programmeId),
  );
  r.get(
    "/api/subsidies/programmes/:programmeId/usage",
    { schema: { tags, params: zSubsidyProgrammeParams, response: { 200: zSubsidyUsage } } },
    (req) => programmeUsage(p, actorOf(req), req.params.programmeId),
  );

  r.get(
    "/api/subsidies/applications",
    { schema: { tags, querystring: zSubsidyApplicationQuery, response: { 200: z.array(zSubsidyApplication) } } },
    (req) => listApplications(p, actorOf(req), req.query),
  );
  r.post(
    "/api/subsidies/applications",
    {
      schema: { tags, body: zSubsidyApplicationInput, response: { 201: zSubsidyApplication } },
      validatorCompiler: bodyCheckedByUseCase(),
    },
    async (req, reply) => {
      const application = await applyForSubsidy(p, actorOf(req), req.body as Parameters<typeof applyForSubsidy>[2]);
      reply.status(201);
      return application;
    },
  );
  r.get(
    "/api/subsidies/applications/:applicationId",
    { schema: { tags, params: zSubsidyApplicationParams, response: { 200: zSubsidyApplication } } },
    (req) => getApplication(p, actorOf(req), req.params.applicationId),
  );
  r.post(
    "/api/subsidies/applications/:applicationId/decision",
    {
      schema: {
        tags,
        params: zSubsidyApplicationParams,
        body: zSubsidyDecisionInput,
        response: { 200: zSubsidyApplication },
      },
    },
    (req) => decideApplication(p, actorOf(req), req.params.applicationId, req.body),
  );
  r.post(
    "/api/subsidies/applications/:applicationId/paid",
    {
      schema: {
        tags,
        params: zSubsidyApplicationParams,
        body: zSubsidyPaidInput,
        response: { 200: zSubsidyApplication },
      },
    },
    (req) => markPaid(p, actorOf(req), req.params.applicationId, req.body),
  );
}
