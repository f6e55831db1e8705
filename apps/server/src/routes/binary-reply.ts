import { Readable } from "node:stream";
import { AppError, safeFileName } from "@greenfin/app";
import type { FastifyReply } from "fastify";

/**
 * Sends a file download: the right type, and a file name that survives Chinese characters (RFC 6266/5987). Uploaded
 * names are kept plain when stored; they are cut down again here (no path, no control or direction characters), and
 * the quoted ASCII fallback loses quotes and backslashes, so no name can break out of the header or pick a folder.
 */
export function sendFile(
  reply: FastifyReply,
  body: Uint8Array | string | Readable,
  contentType: string,
  fileName: string,
  inline = false,
) {
  const name = safeFileName(fileName, "download");
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "");
  reply.header("content-type", contentType);
  // What is shown in the browser (the HTML report) runs nothing and loads nothing, whatever text it carries.
  if (inline)
    reply.header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
  reply.header(
    "content-disposition",
    `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  if (typeof body === "string" || body instanceof Readable) return reply.send(body);
  return reply.send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Content types accepted as a raw upload body (files are sent as the request body, not as a multipart form). */
export const UPLOAD_TYPES = [
  "application/octet-stream",
  XLSX_TYPE,
  "text/csv",
  "application/pdf",
  "image/png",
  "image/jpeg",
  "application/vnd.ms-excel",
];

/** A raw upload route was sent a body of another type (JSON, text): it was parsed into a value, and is no file. */
export function notAFile(): AppError {
  return new AppError("BAD_INPUT", {
    zh: "请以文件本身作为请求体上传，内容类型如 text/csv 或 application/pdf",
    en: "Send the file itself as the body, with a file content type such as text/csv or application/pdf",
  });
}

/** The bytes of a raw upload body (parsed as a buffer by the route's UPLOAD_TYPES parser); none is an empty file. */
export function uploadedBytes(body: unknown): Buffer {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(body)) return body;
  throw notAFile();
}
