/**
 * The guard in front of exceljs: is this an .xlsx at all, and is it safe to unpack? An .xlsx is a zip; a zip can
 * declare small sizes and inflate to gigabytes (a zip bomb), or hold thousands of entries. exceljs would inflate
 * everything into memory, so the bytes are checked here first, twice:
 *
 * 1. the central directory: entry count, declared sizes and ratios, encryption, the parts every workbook has;
 * 2. every entry is actually inflated, streaming, and abandoned as soon as it passes its declared size or the total
 *    budget, so a zip that lies about its sizes is caught without ever holding its output.
 *
 * yauzl reads the zip: it is small, widely used (extract-zip, electron tooling), reads the central directory rather
 * than trusting local headers, reports encrypted entries, and inflates through Node's streaming zlib in bounded
 * chunks. fflate's synchronous unzip materialises whole entries, which is what this guard must avoid.
 */
import type { IntakeProblem } from "@greenfin/domain";
import yauzl from "yauzl";
import { fileProblem, wholeFile } from "./file-problem";
import type { IntakeLimits } from "./intake-limits";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REQUIRED_PARTS = ["[Content_Types].xml", "xl/workbook.xml"];
const MiB = 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** Text such as a CSV: no NUL and no other control bytes but tab, CR and LF in the first few kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return head.length > 0 && head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

const FILE = wholeFile("xlsx");

function notXlsx(bytes: Uint8Array): IntakeProblem {
  if (startsWith(bytes, OLE_COMPOUND_FILE))
    return fileProblem(
      "NOT_XLSX",
      FILE,
      "这是旧版 Excel（.xls）文件或设置了打开密码的工作簿。请在 Excel 中“另存为”Excel 工作簿（.xlsx），不设密码，再上传。",
      "this is an old Excel (.xls) file or a password-protected workbook. Save it in Excel as an Excel Workbook (.xlsx) without a password, then upload it again.",
    );
  if (looksLikeText(bytes))
    return fileProblem(
      "NOT_XLSX",
      FILE,
      "这是文本文件（如 CSV），不是 Excel 文件（.xlsx）。请按 CSV 格式上传，或在 Excel 中另存为 .xlsx。",
      "this is a text file (such as CSV), not an Excel file (.xlsx). Upload it as CSV, or save it as .xlsx in Excel.",
    );
  return fileProblem(
    "NOT_XLSX",
    FILE,
    "不是有效的 Excel 文件（.xlsx）。请下载填报模板，在其中填写后上传。",
    "not a valid Excel file (.xlsx). Download the template, fill it in and upload it.",
  );
}

const damaged = (detail: string) =>
  fileProblem(
    "NOT_XLSX",
    FILE,
    `不是有效的 Excel 文件（.xlsx），文件可能已损坏（${detail}）。`,
    `not a valid Excel file (.xlsx); the file may be damaged (${detail}).`,
  );

const tooLarge = (what: "upload" | "inflated", limit: number) =>
  what === "upload"
    ? fileProblem(
        "TOO_LARGE",
        FILE,
        `文件超过 ${(limit / MiB).toFixed(0)} MiB 上限。`,
        `the file is larger than the ${(limit / MiB).toFixed(0)} MiB limit.`,
      )
    : fileProblem(
        "TOO_LARGE",
        FILE,
        `工作簿解压后超过 ${(limit / MiB).toFixed(0)} MiB 上限，请删除多余内容或分批上传。`,
        `the workbook unpacks to more than the ${(limit / MiB).toFixed(0)} MiB limit; remove unneeded content or upload in parts.`,
      );

const zipBomb = (zh: string, en: string) =>
  fileProblem(
    "ZIP_BOMB",
    FILE,
    `文件结构异常，已拒收：${zh}`,
    `the file's structure is abnormal and was refused: ${en}`,
  );

/** Inflates one entry, counting bytes and throwing away the output; rejects as soon as `cap` bytes are passed. */
async function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry, cap: number): Promise<number | "over"> {
  const stream = await zip.openReadStreamPromise(entry);
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > cap) return "over";
    }
  } finally {
    stream.destroy();
  }
  return size;
}

interface Walk {
  readonly entries: yauzl.Entry[];
  readonly problems: IntakeProblem[];
}

/** Reads the central directory and checks what it declares. */
async function walkCentralDirectory(zip: yauzl.ZipFile, limits: IntakeLimits): Promise<Walk> {
  const problems: IntakeProblem[] = [];
  const entries: yauzl.Entry[] = [];
  if (zip.entryCount > limits.maxZipEntries) {
    problems.push(
      zipBomb(
        `含 ${zip.entryCount} 个压缩条目，超过 ${limits.maxZipEntries} 个上限。`,
        `it holds ${zip.entryCount} entries, more than the limit of ${limits.maxZipEntries}.`,
      ),
    );
    return { entries, problems };
  }
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    entries.push(entry);
    declared += entry.uncompressedSize;
    if (entry.isEncrypted())
      problems.push(
        fileProblem(
          "ENCRYPTED",
          FILE,
          `文件中的“${entry.fileName}”已加密。请去掉密码后另存为 .xlsx 再上传。`,
          `"${entry.fileName}" in the file is encrypted. Remove the password, save as .xlsx and upload again.`,
        ),
      );
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio)
      problems.push(
        zipBomb(
          `条目“${entry.fileName}”的压缩比 ${Math.round(ratio)}:1 超过 ${limits.maxCompressionRatio}:1。`,
          `entry "${entry.fileName}" is compressed ${Math.round(ratio)}:1, beyond ${limits.maxCompressionRatio}:1.`,
        ),
      );
  }
  if (declared > limits.maxUncompressedBytes) problems.push(tooLarge("inflated", limits.maxUncompressedBytes));
  const names = new Set(entries.map((e) => e.fileName));
  const missing = REQUIRED_PARTS.filter((p) => !names.has(p));
  if (missing.length > 0) problems.push(damaged(`缺少 ${missing.join("、")} / missing ${missing.join(", ")}`));
  return { entries, problems };
}

/** Inflates every entry within its declared size and the total budget. */
async function inflateAll(zip: yauzl.ZipFile, entries: readonly yauzl.Entry[], limits: IntakeLimits) {
  let total = 0;
  for (const entry of entries) {
    const budget = limits.maxUncompressedBytes - total;
    // yauzl also checks the declared size; our own cap keeps this guard from depending on that option.
    const size = await inflatedSize(zip, entry, Math.min(entry.uncompressedSize, budget));
    if (size === "over")
      return entry.uncompressedSize < budget
        ? zipBomb(
            `条目“${entry.fileName}”解压后超过其声明的大小。`,
            `entry "${entry.fileName}" inflates beyond its declared size.`,
          )
        : tooLarge("inflated", limits.maxUncompressedBytes);
    total += size;
  }
  return null;
}

/** Problems that keep these bytes from being read as a workbook; empty when exceljs may open them. */
export async function inspectXlsxZip(bytes: Uint8Array, limits: IntakeLimits): Promise<IntakeProblem[]> {
  if (bytes.length > limits.maxUploadBytes) return [tooLarge("upload", limits.maxUploadBytes)];
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return [notXlsx(bytes)];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      // Kept open after the directory walk: the entries are inflated afterwards.
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch (e) {
    return [damaged((e as Error).message)];
  }
  try {
    const walk = await walkCentralDirectory(zip, limits);
    if (walk.problems.length > 0) return walk.problems;
    const inflated = await inflateAll(zip, walk.entries, limits);
    return inflated ? [inflated] : [];
  } catch (e) {
    // yauzl's own checks (declared size exceeded, bad offsets, invalid names) land here.
    const message = (e as Error).message;
    return [/too many bytes/i.test(message) ? zipBomb("条目解压后超过其声明的大小。", message) : damaged(message)];
  } finally {
    zip.close();
  }
}
