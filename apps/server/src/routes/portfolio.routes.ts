import {
  invitePortfolioCompany,
  listPortfolio,
  type Platform,
  portfolioAggregates,
  respondToInvitation,
} from "@greenfin/app";
import { zId, zInvitation, zPortfolioAggregates, zPortfolioLink } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/** A fund manager's portfolio companies: invitations, answers, and fund-level aggregates of their disclosures. */
export function portfolioRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["portfolio"];
  r.get("/api/portfolio", { schema: { tags, response: { 200: z.array(zPortfolioLink) } } }, (req) =>
    listPortfolio(p, actorOf(req)),
  );
  r.post(
    "/api/portfolio/invitations",
    { schema: { tags, body: zInvitation, response: { 200: zPortfolioLink } } },
    (req) => invitePortfolioCompany(p, actorOf(req), req.body),
  );
  r.post(
    "/api/portfolio/:id/respond",
    {
      schema: {
        tags,
        params: z.object({ id: zId }),
        body: z.object({ accept: z.boolean() }),
        response: { 200: zPortfolioLink },
      },
    },
    (req) => respondToInvitation(p, actorOf(req), req.params.id, req.body.accept),
  );
  r.get(
    "/api/portfolio/aggregates",
    {
      schema: {
        tags,
        querystring: z.object({ year: z.coerce.number().int().min(2015).max(2100) }),
        response: { 200: zPortfolioAggregates },
      },
    },
    (req) => portfolioAggregates(p, actorOf(req), req.query.year),
  );
}
