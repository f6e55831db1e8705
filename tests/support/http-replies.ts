/** Reading what the API answered, as the HTTP tests check it: the error body, its field problems, a workbook. */
import ExcelJS from "exceljs";
import { expect } from "vitest";

/** The paths of a validation error's problems, sorted. */
export const problemPaths = (body: { details?: { problems?: { path: string }[] } }) =>
  (body.details?.problems ?? []).map((x) => x.path).sort();

/** The one error body: a code, a message in the caller's language, and details when there are any. */
export function expectErrorBody(body: Record<string, unknown>, code: string): void {
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  expect(Object.keys(body).every((k) => ["code", "message", "details"].includes(k))).toBe(true);
}

/** An .xlsx reply, opened. */
export async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}
