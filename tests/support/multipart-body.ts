/** A multipart/form-data request as a browser's FormData sends it, for inject(). */

const BOUNDARY = "----greenfin-upload-boundary";

export interface FormPart {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly contentType?: string;
}

/** Headers and payload of a form with text `fields` and `files` (field name → file). */
export function multipartBody(
  fields: Record<string, string>,
  files: Record<string, FormPart>,
): { headers: Record<string, string>; payload: Buffer } {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const [name, f] of Object.entries(files))
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${f.fileName}"\r\n` +
          `Content-Type: ${f.contentType ?? "application/octet-stream"}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return {
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    payload: Buffer.concat(parts),
  };
}
