import { AppError, DEFAULT_INTAKE_LIMITS, importStatReport, type Platform, statisticsWorkbook } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../plugins/request-context";
import { sendFile, XLSX_TYPE } from "./binary-reply";
import { acceptMultipart, type MultipartForm } from "./multipart-form";
import { typed } from "./route-kit";

const zWorkbookQuery = z.object({ templateRef: z.string().min(1).max(64), period: z.string().min(1).max(16) });

/** Statistics reports by file (issue 8 item 2): the workbook to fill, and the upload of a workbook or CSV as a draft. */
export function statisticsIntakeRoutes(app: FastifyInstance, p: Platform): void {
  const r = typed(app);
  const tags = ["statistics"];
  r.get(
    "/api/statistics/workbook",
    {
      schema: {
        tags,
        description: "The .xlsx to fill offline for a template and period, pre-filled (with the source shown).",
        querystring: zWorkbookQuery,
      },
    },
    async (req, reply) => {
      const file = await statisticsWorkbook(p, actorOf(req), req.query);
      return sendFile(reply, file.bytes, XLSX_TYPE, file.fileName);
    },
  );
  app.register(async (scope) => {
    await acceptMultipart(scope, { fileSize: DEFAULT_INTAKE_LIMITS.maxUploadBytes, files: 1 });
    typed(scope).post(
      "/api/statistics/reports/import",
      {
        schema: {
          tags,
          description:
            "multipart/form-data: `file` (the downloaded .xlsx, or a CSV metric,item,value), optional `templateRef` " +
            "and `period` (required for a CSV; a workbook names them) or `reportId` (one of the institution's own " +
            "reports). Saved as the institution's draft through the same checks as the form; any error saves " +
            "nothing (400 VALIDATION_FAILED, details.problems with the sheet and cell or the CSV line).",
          consumes: ["multipart/form-data"],
        },
      },
      (req) => {
        // A body that is not a multipart form (JSON, nothing) has no file.
        const form = req.body as Partial<MultipartForm> | undefined;
        const file = form?.files?.file;
        if (!file)
          throw AppError.validation([
            {
              path: "file",
              messageZh: "file：请以 multipart/form-data 上传文件（字段名 file）",
              messageEn: "file: upload the file as multipart/form-data (field name file)",
            },
          ]);
        return importStatReport(p, actorOf(req), {
          bytes: file.bytes,
          fileName: file.fileName,
          templateRef: form?.fields?.templateRef ?? null,
          period: form?.fields?.period ?? null,
          reportId: form?.fields?.reportId ?? null,
        });
      },
    );
  });
}
