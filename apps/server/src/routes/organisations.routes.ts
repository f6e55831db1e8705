import {
  createOrganisation,
  districtOverview,
  getOrganisation,
  listOrganisations,
  type Platform,
  updateOrganisation,
} from "@greenfin/app";
import {
  zCreateOrganisation,
  zDistrictOverview,
  zId,
  zOrganisation,
  zOrgListQuery,
  zPage,
  zUpdateOrganisation,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

export function organisationRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["organisations"];
  const params = z.object({ id: zId });
  r.get("/api/orgs", { schema: { tags, querystring: zOrgListQuery, response: { 200: zPage(zOrganisation) } } }, (req) =>
    listOrganisations(p, actorOf(req), req.query),
  );
  r.get("/api/orgs/:id", { schema: { tags, params, response: { 200: zOrganisation } } }, (req) =>
    getOrganisation(p, actorOf(req), req.params.id),
  );
  r.post("/api/orgs", { schema: { tags, body: zCreateOrganisation, response: { 200: zOrganisation } } }, (req) =>
    createOrganisation(p, actorOf(req), req.body),
  );
  r.patch(
    "/api/orgs/:id",
    { schema: { tags, params, body: zUpdateOrganisation, response: { 200: zOrganisation } } },
    (req) => updateOrganisation(p, actorOf(req), req.params.id, req.body),
  );
  r.get("/api/district/overview", { schema: { tags, response: { 200: zDistrictOverview } } }, (req) =>
    districtOverview(p, actorOf(req)),
  );
}
