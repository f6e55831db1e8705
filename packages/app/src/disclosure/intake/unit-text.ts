import { UNITS } from "@greenfin/domain";

/** Unit ids and Chinese labels, lower-cased, to the unit id. */
const BY_TEXT: ReadonlyMap<string, string> = new Map(
  UNITS.flatMap((u) => [
    [u.label.zh.toLowerCase(), u.id],
    [u.id.toLowerCase(), u.id],
  ]),
);

/**
 * The unit id a filer meant: the id itself ("MWh", "mwh") or its Chinese label ("兆瓦时"). Anything else passes
 * through as typed, for the validator to report as an unknown unit; blank is null.
 */
export function unitFromText(text: string | null): string | null {
  const t = text?.trim() ?? "";
  if (t === "") return null;
  return BY_TEXT.get(t.toLowerCase()) ?? t;
}
