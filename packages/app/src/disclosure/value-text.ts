import type { ValuePayload } from "@greenfin/domain";

/** A stored value as a filer would type it back into the template. */
export function valueAsTyped(pl: ValuePayload): string {
  switch (pl.kind) {
    case "number":
    case "percent":
      return pl.number.entered;
    case "boolean":
      return pl.boolean ? "是" : "否";
    case "enum":
      return pl.options.join("、");
    case "date":
      return pl.date;
    case "text":
      return pl.text;
  }
}
