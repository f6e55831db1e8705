import {
  invitePortfolioCompany,
  listPortfolio,
  type Platform,
  portfolioAggregates,
  respondToInvitation,
} from "@greenfin/app";
import { zId } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

const zOrgRef = z.object({ id: zId, nameZh: z.string(), nameEn: z.string() });
const zDecimalText = z.string().regex(/^\d+(\.\d+)?$/, "a decimal number");
const zLink = z.object({
  id: zId,
  manager: zOrgRef,
  company: zOrgRef,
  fundName: z.string(),
  ownershipPct: z.string(),
  investedCny: z.string(),
  status: z.enum(["invited", "active", "declined", "ended"]),
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
});
const zInvite = z.object({
  companyUscc: z.string().trim().length(18),
  fundName: z.string().trim().min(1).max(200),
  ownershipPct: zDecimalText.refine((v) => Number(v) > 0 && Number(v) <= 100, "between 0 and 100"),
  investedCny: zDecimalText,
});
const zAggregates = z.object({
  year: z.number().int(),
  companies: z.array(
    z.object({
      companyId: zId,
      nameZh: z.string(),
      nameEn: z.string(),
      fundName: z.string(),
      ownershipPct: z.string(),
      disclosureStatus: z.string().nullable(),
    }),
  ),
  metrics: z.array(
    z.object({
      indicatorId: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      unitZh: z.string(),
      unitEn: z.string(),
      sum: z.string(),
      ownershipWeighted: z.string(),
      reported: z.number().int(),
      companies: z.number().int(),
      trace: z.array(z.string()),
    }),
  ),
});

/** A fund manager's portfolio companies: invitations, answers, and fund-level aggregates of their disclosures. */
export function portfolioRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["portfolio"];
  r.get("/api/portfolio", { schema: { tags, response: { 200: z.array(zLink) } } }, (req) =>
    listPortfolio(p, actorOf(req)),
  );
  r.post("/api/portfolio/invitations", { schema: { tags, body: zInvite, response: { 200: zLink } } }, (req) =>
    invitePortfolioCompany(p, actorOf(req), req.body),
  );
  r.post(
    "/api/portfolio/:id/respond",
    {
      schema: {
        tags,
        params: z.object({ id: zId }),
        body: z.object({ accept: z.boolean() }),
        response: { 200: zLink },
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
        response: { 200: zAggregates },
      },
    },
    (req) => portfolioAggregates(p, actorOf(req), req.query.year),
  );
}
