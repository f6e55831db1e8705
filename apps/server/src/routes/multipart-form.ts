/**
 * multipart/form-data for a route scope, parsed by @fastify/multipart (busboy) before the handler — so outside the
 * request's database transaction — into plain fields and whole files. Limits bound every part; a file over the limit
 * is refused with 413 before it is fully read. A body that is not multipart becomes an empty form.
 */
import multipart from "@fastify/multipart";
import { AppError, safeFileName } from "@greenfin/app";
import type { FastifyInstance } from "fastify";

export interface FormFile {
  readonly fileName: string | null;
  readonly contentType: string | null;
  readonly bytes: Uint8Array;
}

export interface MultipartForm {
  readonly fields: Record<string, string>;
  readonly files: Record<string, FormFile>;
}

export interface MultipartLimits {
  /** Bytes per file. */
  readonly fileSize: number;
  readonly files: number;
}

/** Accepts multipart/form-data bodies in this scope; `req.body` becomes a MultipartForm. */
export async function acceptMultipart(scope: FastifyInstance, limits: MultipartLimits): Promise<void> {
  await scope.register(multipart, {
    limits: { fileSize: limits.fileSize, files: limits.files, fields: 20, parts: 20 + limits.files, headerPairs: 50 },
    throwFileSizeLimit: true,
  });
  scope.addHook("preValidation", async (req) => {
    if (!req.isMultipart()) {
      // A body of another type (JSON, text) is an empty form, never handed on as it came: nothing but a parsed part
      // can pose as a file, and the route answers the missing file after its access checks (a stranger learns
      // nothing), with a structured 400.
      req.body = { fields: {}, files: {} } satisfies MultipartForm;
      return;
    }
    const fields: Record<string, string> = {};
    const files: Record<string, FormFile> = {};
    try {
      for await (const part of req.parts()) {
        if (part.type === "file") {
          files[part.fieldname] = {
            // A label only (files are stored by their hash): no path, no control or direction characters.
            fileName: safeFileName(part.filename, null),
            contentType: part.mimetype || null,
            bytes: await part.toBuffer(),
          };
        } else fields[part.fieldname] = String(part.value ?? "");
      }
    } catch (e) {
      const en = e instanceof Error ? e.message : String(e);
      if ((e as { statusCode?: number }).statusCode === 413)
        throw new AppError("PAYLOAD_TOO_LARGE", { zh: `上传超出限制：${en}`, en: `Over the upload limits: ${en}` });
      throw new AppError("BAD_INPUT", { zh: `表单格式不正确：${en}`, en: `Malformed form: ${en}` });
    }
    req.body = { fields, files } satisfies MultipartForm;
  });
}
