/** What the marketplace contracts share: decimal text (never floats), dates, read-only lists. */
import { z } from "zod";

/** Decimal text as the use-cases check it further (places, positive): "5000000", "2500.5". */
export const zDecimalText = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,6})?$/, "a decimal number as text, e.g. 5000000 or 2500.5");
export const zDate = z.iso.date();
/** An array the use-cases return as readonly. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
