import {
  greenFinancingsWorkbook,
  greenStatistics,
  greenStatisticsWorkbook,
  listGreenFinancings,
  type Platform,
  recordGreenFinancing,
  relabelGreenFinancing,
} from "@greenfin/app";
import {
  zGreenFinancingInput,
  zGreenFinancingLabel,
  zGreenFinancingParams,
  zGreenFinancingQuery,
  zGreenFinancingRow,
  zGreenStatistics,
  zGreenStatisticsQuery,
  zPage,
} from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile, XLSX_TYPE } from "./binary-reply";
import { typed } from "./route-kit";

/** The statistics workbook's query: the statistics' own, and the language of the sheets. */
const zStatisticsExportQuery = zGreenStatisticsQuery.extend({ lang: z.enum(["zh", "en"]).default("zh") });

/** Green financing labels (loans, bonds, insurance linked to the library) and the green-loan statistics. */
export function greenFinancingRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["green"];
  r.get(
    "/api/green/financings",
    { schema: { tags, querystring: zGreenFinancingQuery, response: { 200: zPage(zGreenFinancingRow) } } },
    (req) => listGreenFinancings(p, actorOf(req), req.query),
  );
  r.get(
    "/api/green/financings/export.xlsx",
    { schema: { tags, querystring: zGreenFinancingQuery } },
    async (req, reply) => {
      const file = await greenFinancingsWorkbook(p, actorOf(req), req.query);
      return sendFile(reply, file.bytes, XLSX_TYPE, file.fileName);
    },
  );
  r.post(
    "/api/green/financings",
    { schema: { tags, body: zGreenFinancingInput, response: { 201: zGreenFinancingRow } } },
    async (req, reply) => {
      const row = await recordGreenFinancing(p, actorOf(req), req.body);
      reply.status(201);
      return row;
    },
  );
  r.post(
    "/api/green/financings/:financingId/label",
    {
      schema: {
        tags,
        params: zGreenFinancingParams,
        body: zGreenFinancingLabel,
        response: { 200: zGreenFinancingRow },
      },
    },
    (req) => relabelGreenFinancing(p, actorOf(req), req.params.financingId, req.body),
  );
  r.get(
    "/api/green/statistics",
    { schema: { tags, querystring: zGreenStatisticsQuery, response: { 200: zGreenStatistics } } },
    (req) => greenStatistics(p, actorOf(req), req.query),
  );
  r.get(
    "/api/green/statistics/export.xlsx",
    { schema: { tags, querystring: zStatisticsExportQuery } },
    async (req, reply) => {
      const { lang, ...query } = req.query;
      const file = await greenStatisticsWorkbook(p, actorOf(req), query, lang);
      return sendFile(reply, file.bytes, XLSX_TYPE, file.fileName);
    },
  );
}
