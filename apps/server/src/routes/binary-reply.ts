import { Readable } from "node:stream";
import type { FastifyReply } from "fastify";

/** Sends a file download: the right type, and a file name that survives Chinese characters (RFC 6266/5987). */
export function sendFile(
  reply: FastifyReply,
  body: Uint8Array | string | Readable,
  contentType: string,
  fileName: string,
  inline = false,
) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  reply.header("content-type", contentType);
  reply.header(
    "content-disposition",
    `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
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
