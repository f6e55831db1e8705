import { z } from "zod";
import { zId, zIsoInstant } from "./common";

/** One activity row (docs/carbon-data-formats.md §1) as the form and the API send it. */
export const zActivityRowInput = z.object({
  enterprise: z.string().max(40),
  meter: z.string().max(200).nullish(),
  month: z.string().max(20),
  item: z.string().max(60),
  quantity: z.union([z.string().max(60), z.number()]),
  unit: z.string().max(30),
  note: z.string().max(2000).nullish(),
});
export type TActivityRowInput = z.infer<typeof zActivityRowInput>;

export const zImportActivityRows = z.object({ rows: z.array(zActivityRowInput).min(1).max(50_000) });

/** The file is the raw request body (text/csv, the .xlsx type or application/octet-stream). */
export const zActivityImportQuery = z.object({
  format: z.enum(["csv", "xlsx"]),
  fileName: z.string().max(200).optional(),
});

export const zActivityImportResult = z.object({
  importId: zId,
  channel: z.enum(["form", "csv", "xlsx", "api", "bulk"]),
  rowCount: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  enterprises: z.number().int(),
  repeatOf: zId.nullable(),
  contentHash: z.string(),
});
export type TActivityImportResult = z.infer<typeof zActivityImportResult>;

export const zActivityListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const zActivityRow = z.object({
  meter: z.string(),
  month: z.string(),
  item: z.string(),
  quantity: z.string(),
  unit: z.string(),
  workingQuantity: z.string().nullable(),
  workingUnit: z.string(),
  note: z.string().nullable(),
  updatedAt: zIsoInstant,
});

export const zActivityList = z.object({ enterpriseId: zId, year: z.number().int(), rows: z.array(zActivityRow) });
export type TActivityList = z.infer<typeof zActivityList>;

/** One reason an import was refused, located in the file (CSV line or worksheet row and column) or the request. */
export const zActivityProblem = z.object({
  code: z.string(),
  path: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type TActivityProblem = z.infer<typeof zActivityProblem>;

/** The `details` of a refused import (nothing was saved): the problems found, and how many more were left out. */
export const zActivityRefusal = z.object({
  problems: z.array(zActivityProblem),
  omitted: z.number().int().default(0),
  rowCount: z.number().int().optional(),
});
export type TActivityRefusal = z.infer<typeof zActivityRefusal>;

/** The items an enterprise reports monthly and the units each accepts (the reference catalogue), for the entry form. */
export const zActivityItemOption = z.object({
  code: z.string(),
  kind: z.string(),
  units: z.array(z.string()),
  nameZh: z.string(),
  nameEn: z.string(),
  use: z.string(),
});
export const zActivityItemOptions = z.object({ version: z.string(), items: z.array(zActivityItemOption) });
export type TActivityItemOptions = z.infer<typeof zActivityItemOptions>;
