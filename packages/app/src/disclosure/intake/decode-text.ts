/**
 * Text of an uploaded CSV. UTF-8 (with or without a BOM) is read as such; bytes that are not valid UTF-8 are read
 * as GB18030, a superset of GBK/GB2312, which is what Chinese-locale Excel on Windows writes for "CSV (逗号分隔)".
 * Valid UTF-8 is very unlikely to be meaningful GBK, so trying UTF-8 first and strictly is a safe order.
 */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "gb18030" } {
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(body), encoding: "gb18030" };
  }
}
