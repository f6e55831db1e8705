import { z } from "zod";

export const zId = z.uuid();
export const zIsoInstant = z.iso.datetime({ offset: true });

/** The largest PostgreSQL integer: a number that names a row (revision, version) beyond it can match none. */
export const INT4_MAX = 2_147_483_647;

export const zPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TPageQuery = z.infer<typeof zPageQuery>;

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The one error body every failing route returns. */
export const zErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type TErrorBody = z.infer<typeof zErrorBody>;

/** One offending field in a validation error: its path and what was expected, in both languages. */
export const zFieldProblem = z.object({
  path: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type TFieldProblem = z.infer<typeof zFieldProblem>;

export const zOk = z.object({ ok: z.literal(true) });
