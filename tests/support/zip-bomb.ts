/**
 * Hostile .xlsx files, built in memory and small on the wire: a workbook-shaped zip whose sheet XML inflates to
 * hundreds of MiB (a zip bomb), optionally with a central directory that lies about that size, and a workbook with a
 * `../` entry (zip slip). The bomb's DEFLATE stream is one compressed 1 MiB block repeated: each block ends in a full
 * flush, which resets the compressor's history, so every block compresses to the same bytes — no need to ever hold
 * (or compress) the inflated data.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

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

/** Assembles a zip (no data descriptors, no zip64) from already-deflated entries. */
function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // DEFLATE
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.declaredSize, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
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
