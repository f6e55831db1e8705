import { benefitMethodSet, computeProjectBenefits, type Platform } from "@greenfin/app";
import { zBenefitMethodSet, zBenefitPreviewBody, zBenefitReport } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { actorOf } from "../plugins/request-context";
import { typed } from "./route-kit";

/**
 * Environmental-benefit calculators: the method set the forms offer, and the live preview (the same computation a
 * submission runs, nothing stored). Any signed-in member may call them; they read only pinned reference data.
 */
export function greenBenefitRoutes(app: FastifyInstance, _p: Platform): void {
  const r = typed(app);
  const tags = ["green"];
  r.get("/api/green/benefit-methods", { schema: { tags, response: { 200: zBenefitMethodSet } } }, (req) => {
    actorOf(req);
    return benefitMethodSet();
  });
  r.post(
    "/api/green/benefits/preview",
    {
      schema: {
        tags,
        description:
          "Computes benefit lines (method + inputs as decimal text) with the pinned method set and the national grid " +
          "factor for `year` (latest when omitted). Bad input → 400 VALIDATION_FAILED listing every problem " +
          "(details.problems: path like lines[0].inputs.generation_mwh, messageZh, messageEn).",
        body: zBenefitPreviewBody,
        response: { 200: zBenefitReport },
      },
    },
    (req) => {
      actorOf(req);
      const { lines, year } = req.body;
      return computeProjectBenefits(lines, year === undefined ? {} : { year });
    },
  );
}
