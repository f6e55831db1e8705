import { createHash } from "node:crypto";
import { loadDisclosure } from "../access/disclosure-access";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import { safeFileName } from "../files/file-name";
import type { Platform } from "../platform";
import { EDITABLE_STATUSES } from "./apply-intake";
import { contextOfRow } from "./disclosure-context";

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** Accepted evidence types, recognised by their first bytes, not by what the client claims. */
const SIGNATURES: readonly { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: "application/pdf", test: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 },
  { type: "image/png", test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { type: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    test: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  },
];

interface EvidenceRow {
  id: string;
  indicator_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
}

const view = (r: EvidenceRow) => ({
  id: r.id,
  indicatorId: r.indicator_id,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedAt: r.uploaded_at.toISOString(),
});

const SELECT = "SELECT id, indicator_id, file_name, media_type, size_bytes, sha256, uploaded_at FROM evidence_files";

/**
 * Attaches a file to an indicator. Content-addressed: the bytes are stored once under their SHA-256, whoever
 * uploads them and however often; the link records the name, type, size, uploader and time.
 */
export async function addEvidence(
  p: Platform,
  actor: Actor,
  disclosureId: string,
  input: { indicatorId: string; fileName: string; bytes: Uint8Array },
) {
  return p.db.transaction(async (tx) => {
    const { row } = await loadDisclosure(p, actor, disclosureId, "write", tx);
    // Checked after the access check, so a stranger learns nothing from the answer.
    if (input.bytes.byteLength === 0)
      throw AppError.validation([{ path: "file", messageZh: "文件为空", messageEn: "The file is empty" }]);
    if (input.bytes.byteLength > EVIDENCE_MAX_BYTES)
      throw new AppError("PAYLOAD_TOO_LARGE", { details: { limitBytes: EVIDENCE_MAX_BYTES } });
    const type = SIGNATURES.find((s) => s.test(input.bytes))?.type;
    if (!type)
      throw AppError.validation([
        {
          path: "file",
          messageZh: "证据文件须为 PDF、PNG、JPEG 图片或 Excel（.xlsx）",
          messageEn: "Evidence must be a PDF, a PNG or JPEG image, or an Excel workbook (.xlsx)",
        },
      ]);
    const fileName = safeFileName(input.fileName, "evidence");
    if (!(EDITABLE_STATUSES as readonly string[]).includes(row.status))
      throw new AppError("CONFLICT", {
        zh: "已提交的披露不能添加证据",
        en: "Evidence cannot be added to a submitted disclosure",
      });
    if (!contextOfRow(row).items.some((i) => i.indicator.id === input.indicatorId))
      throw AppError.validation([
        { path: "indicatorId", messageZh: "不是本披露的指标", messageEn: "not an indicator of this disclosure" },
      ]);
    const sha256 = createHash("sha256").update(input.bytes).digest("hex");
    await tx.query("SELECT greenfin_store_evidence_blob($1, $2, $3)", [sha256, type, Buffer.from(input.bytes)]);
    const now = p.clock.now();
    const r = await tx.query<EvidenceRow>(
      `INSERT INTO evidence_files (disclosure_id, org_id, indicator_id, sha256, file_name, media_type, size_bytes, uploaded_by, uploaded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id, indicator_id, file_name, media_type, size_bytes, sha256, uploaded_at`,
      [row.id, row.org_id, input.indicatorId, sha256, fileName, type, input.bytes.byteLength, actor.userId, now],
    );
    await appendAudit(tx, actor, now, {
      action: "disclosure.evidence.add",
      entityType: "disclosure",
      entityId: row.id,
      orgId: row.org_id,
      details: { indicatorId: input.indicatorId, sha256, fileName, sizeBytes: input.bytes.byteLength },
    });
    return view(r.rows[0]!);
  });
}

export async function listEvidence(p: Platform, actor: Actor, disclosureId: string) {
  await loadDisclosure(p, actor, disclosureId, "read");
  const r = await p.db.query<EvidenceRow>(
    `${SELECT} WHERE disclosure_id = $1 AND removed_at IS NULL ORDER BY indicator_id, uploaded_at`,
    [disclosureId],
  );
  return r.rows.map(view);
}

async function evidenceRow(p: Platform, id: string) {
  const r = await p.db.query<EvidenceRow & { disclosure_id: string; removed_at: Date | null }>(
    "SELECT id, disclosure_id, indicator_id, file_name, media_type, size_bytes, sha256, uploaded_at, removed_at FROM evidence_files WHERE id = $1",
    [id],
  );
  const row = r.rows[0];
  if (!row || row.removed_at) throw AppError.notFound("evidence");
  return row;
}

export async function evidenceContent(p: Platform, actor: Actor, id: string) {
  const row = await evidenceRow(p, id);
  await loadDisclosure(p, actor, row.disclosure_id, "read");
  const blob = await p.db.query<{ content: Uint8Array }>("SELECT content FROM evidence_blobs WHERE sha256 = $1", [
    row.sha256,
  ]);
  return { bytes: blob.rows[0]!.content, mediaType: row.media_type, fileName: row.file_name };
}

/** Unlinks a file from the draft (kept in the audit log and in any revision's evidence list by hash). */
export async function removeEvidence(p: Platform, actor: Actor, id: string) {
  return p.db.transaction(async (tx) => {
    const row = await evidenceRow(p, id);
    const { row: d } = await loadDisclosure(p, actor, row.disclosure_id, "write", tx);
    if (!(EDITABLE_STATUSES as readonly string[]).includes(d.status))
      throw new AppError("CONFLICT", {
        zh: "已提交的披露不能删除证据",
        en: "Evidence cannot be removed from a submitted disclosure",
      });
    const now = p.clock.now();
    await tx.query("UPDATE evidence_files SET removed_at = $2 WHERE id = $1", [id, now]);
    await appendAudit(tx, actor, now, {
      action: "disclosure.evidence.remove",
      entityType: "disclosure",
      entityId: d.id,
      orgId: d.org_id,
      details: { evidenceId: id, sha256: row.sha256 },
    });
    return { ok: true as const };
  });
}
