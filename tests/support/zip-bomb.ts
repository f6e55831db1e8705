/**
 * Hostile .xlsx files, built in memory and small on the wire: a workbook-shaped zip whose sheet XML inflates to
 * hundreds of MiB (a zip bomb), optionally with a central directory that lies about that size, and a workbook with a
 * `../` entry (zip slip). The bomb's DEFLATE stream is one compressed 1 MiB block repeated: each block ends in a full
 * flush, which resets the compressor's history, so every block compresses to the same bytes — no need to ever hold
 * (or compress) the inflated data.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { buildZip } from "./build-zip";

const MiB = 1024 * 1024;

interface ZipEntry {
  readonly name: string;
  /** The DEFLATE stream. */
  readonly data: Buffer;
  readonly crc: number;
  /** What the headers declare. */
  readonly declaredSize: number;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>';

function small(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: bytes.length };
}

/** Assembles a zip (no data descriptors, no zip64) from already-deflated entries, their names flagged UTF-8. */
function zip(entries: readonly ZipEntry[]): Buffer {
  return buildZip(
    entries.map((e) => ({ name: e.name, data: e.data, method: 8, crc: e.crc, size: e.declaredSize, flags: 0x0800 })),
  );
}

/**
 * An .xlsx whose worksheet inflates to `inflatedMiB` MiB of rows. `declare: "true"` states that size in the headers
 * (the guard can refuse on the directory alone); `declare: "small"` claims 1 KiB, so only inflating can tell.
 */
export function xlsxBomb(inflatedMiB: number, declare: "true" | "small"): Buffer {
  const row = Buffer.from('<row><c t="inlineStr"><is><t>bomb</t></is></c></row>');
  const block = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i += row.length) row.copy(block, i);
  const head = Buffer.from('<?xml version="1.0"?><worksheet><sheetData>');
  const tail = Buffer.from("</sheetData></worksheet>");
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const packedBlock = flushed(block);
  let crc = crc32(head);
  for (let i = 0; i < inflatedMiB; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([
    flushed(head),
    ...Array.from({ length: inflatedMiB }, () => packedBlock),
    deflateRawSync(tail),
  ]);
  const size = head.length + inflatedMiB * MiB + tail.length;
  return zip([
    small("[Content_Types].xml", CONTENT_TYPES),
    small("xl/workbook.xml", WORKBOOK),
    { name: "xl/worksheets/sheet1.xml", data, crc, declaredSize: declare === "true" ? size : 1024 },
  ]);
}

/** An otherwise plain workbook with an entry named `slipName` (e.g. "../../x.txt"), built with jszip. */
export async function xlsxWithEntry(slipName: string): Promise<Buffer> {
  const z = new JSZip();
  z.file("[Content_Types].xml", CONTENT_TYPES);
  z.file("xl/workbook.xml", WORKBOOK);
  z.file(slipName, "written outside the workbook");
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
