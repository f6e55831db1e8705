import { carbonReportPdf, type Platform } from "@greenfin/app";
import { zCarbonAccountParams, zCarbonAccountQuery } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile } from "./binary-reply";
import { typed } from "./route-kit";

const zCarbonReportQuery = zCarbonAccountQuery.extend({ lang: z.enum(["zh", "en"]).default("zh") });

/** The carbon credit report: one year's account (latest version, or ?version=) as a PDF, read as the account is. */
export function carbonReportRoutes(app: FastifyInstance, p: Platform): void {
  typed(app).get(
    "/api/carbon/accounts/:orgId/report.pdf",
    { schema: { tags: ["carbon"], params: zCarbonAccountParams, querystring: zCarbonReportQuery } },
    async (req, reply) => {
      const { year, lang, version } = req.query;
      const file = await carbonReportPdf(p, actorOf(req), req.params.orgId, year, lang, version);
      return sendFile(reply, file.bytes, "application/pdf", file.fileName);
    },
  );
}
