/**
 * A project's documents (feasibility study, EIA approval, energy assessment, photographs …): the owner or submitter
 * adds them while the project is under review or certified. The type is recognised by the file's first bytes and
 * must be a PDF, an image or an Office file; content is stored once by its SHA-256 (greenfin_store_evidence_blob),
 * readable by whoever may read the project.
 */
import { createHash } from "node:crypto";
import type { zGreenProjectDocument } from "@greenfin/contracts";
import type { z } from "zod";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import { safeFileName } from "../../files/file-name";
import type { Platform } from "../../platform";
import { requirePartyWriter, requireVisible } from "./project-access";
import { addProjectEvent } from "./project-events";
import { loadProjectParties } from "./project-lock";

export const PROJECT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const starts = (b: Uint8Array, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const OOXML: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/** The media type by content (and, for Office containers, which say nothing more, by the name's extension). */
export function documentMediaType(bytes: Uint8Array, fileName: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return "application/pdf";
  if (starts(bytes, 0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (starts(bytes, 0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(bytes, 0x47, 0x49, 0x46, 0x38)) return "image/gif";
  if (starts(bytes, 0x52, 0x49, 0x46, 0x46) && starts(bytes.subarray(8), 0x57, 0x45, 0x42, 0x50)) return "image/webp";
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return OOXML[ext] ?? null;
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return LEGACY_OFFICE[ext] ?? null;
  return null;
}

interface DocumentRow {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
}

type TGreenProjectDocument = z.infer<typeof zGreenProjectDocument>;

const view = (d: DocumentRow): TGreenProjectDocument => ({
  id: d.id,
  fileName: d.file_name,
  mediaType: d.media_type,
  sizeBytes: d.size_bytes,
  sha256: d.sha256,
  uploadedAt: d.uploaded_at.toISOString(),
});

const fileProblem = (zh: string, en: string) => AppError.validation([{ path: "file", messageZh: zh, messageEn: en }]);

export async function addProjectDocument(
  p: Platform,
  actor: Actor,
  projectId: string,
  input: { fileName: string | null; bytes: Uint8Array },
): Promise<TGreenProjectDocument> {
  return p.db.transaction(async (tx) => {
    const project = requireVisible(actor, await loadProjectParties(tx, projectId));
    requirePartyWriter(actor, project);
    // Checked after the access checks, so a stranger learns nothing from the answer.
    if (!["submitted", "returned", "certified"].includes(project.status))
      throw new AppError("CONFLICT", {
        zh: `项目状态为「${project.status}」，不能再添加材料`,
        en: `The project is "${project.status}": documents can no longer be added`,
        details: { status: project.status },
      });
    if (input.bytes.byteLength === 0) throw fileProblem("文件为空", "The file is empty");
    if (input.bytes.byteLength > PROJECT_DOCUMENT_MAX_BYTES)
      throw new AppError("PAYLOAD_TOO_LARGE", { details: { limitBytes: PROJECT_DOCUMENT_MAX_BYTES } });
    const fileName = safeFileName(input.fileName, "document");
    const type = documentMediaType(input.bytes, fileName);
    if (!type)
      throw fileProblem(
        "项目材料须为 PDF、图片（PNG、JPEG、GIF、WebP）或 Office 文件（Word、Excel、PowerPoint）",
        "A project document must be a PDF, an image (PNG, JPEG, GIF, WebP) or an Office file (Word, Excel, PowerPoint)",
      );
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    await tx.query("SELECT greenfin_store_evidence_blob($1, $2, $3)", [sha256, type, Buffer.from(input.bytes)]);
    const now = p.clock.now();
    const r = await tx.query<DocumentRow>(
      `INSERT INTO green_project_documents (project_id, org_id, sha256, file_name, media_type, size_bytes, uploaded_by,
         uploaded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id, file_name, media_type, size_bytes, sha256, uploaded_at`,
      [project.id, project.org_id, sha256, fileName, type, input.bytes.byteLength, actor.userId, now],
    );
    const doc = r.rows[0]!;
    await addProjectEvent(tx, actor, now, project, "document", fileName, { documentId: doc.id, sha256 });
    await tx.query("UPDATE green_projects SET updated_at = $2 WHERE id = $1", [project.id, now]);
    await appendAudit(tx, actor, now, {
      action: "green_project.document",
      entityType: "green_project",
      entityId: project.id,
      orgId: project.org_id,
      details: { documentId: doc.id, sha256, fileName, mediaType: type, sizeBytes: input.bytes.byteLength },
    });
    return view(doc);
  });
}

/** A document's content, for whoever may read the project. */
export async function projectDocumentContent(p: Platform, actor: Actor, projectId: string, documentId: string) {
  requireVisible(actor, await loadProjectParties(p.db, projectId));
  const r = await p.db.query<DocumentRow & { content: Uint8Array }>(
    `SELECT d.id, d.file_name, d.media_type, d.size_bytes, d.sha256, d.uploaded_at, b.content
       FROM green_project_documents d JOIN evidence_blobs b ON b.sha256 = d.sha256
      WHERE d.id = $1 AND d.project_id = $2`,
    [documentId, projectId],
  );
  const d = r.rows[0];
  if (!d) throw AppError.notFound("green_project_document");
  return { bytes: d.content, mediaType: d.media_type, fileName: d.file_name };
}
