import { loadDisclosure } from "../access/disclosure-access";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import { safeFileName } from "../files/file-name";
import type { Platform } from "../platform";
import { applyIntake, hashContent } from "./apply-intake";
import { DEFAULT_INTAKE_LIMITS, readDisclosureCsv, readDisclosureWorkbook } from "./intake/index";

export interface ImportFileInput {
  format: "xlsx" | "csv";
  bytes: Uint8Array;
  fileName?: string | null;
  idempotencyKey?: string | null;
}

/**
 * A workbook or CSV file into the draft: read safely (size, zip-bomb and structure limits), then the one validator;
 * any error anywhere in the file saves nothing, and the problems name sheet, row and column (or CSV line).
 */
export async function importDisclosureFile(p: Platform, actor: Actor, id: string, input: ImportFileInput) {
  await loadDisclosure(p, actor, id, "write");
  const limit = input.format === "xlsx" ? DEFAULT_INTAKE_LIMITS.maxUploadBytes : DEFAULT_INTAKE_LIMITS.maxCsvBytes;
  if (input.bytes.byteLength > limit) throw new AppError("PAYLOAD_TOO_LARGE", { details: { limitBytes: limit } });
  if (input.bytes.byteLength === 0)
    throw AppError.validation([{ path: "file", messageZh: "文件为空", messageEn: "The file is empty" }]);
  const read = input.format === "xlsx" ? await readDisclosureWorkbook(input.bytes) : readDisclosureCsv(input.bytes);
  return applyIntake(p, actor, id, {
    channel: input.format,
    entries: read.entries,
    fileProblems: read.problems,
    fileName: safeFileName(input.fileName, null),
    idempotencyKey: input.idempotencyKey ?? null,
    contentHash: hashContent(input.bytes),
  });
}
