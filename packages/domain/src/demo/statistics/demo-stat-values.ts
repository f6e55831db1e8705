/** Building a report's figures: totals and breakdown items as decimal text, zero items left out. */
import type { Dec } from "../../rating/rating-decimal";
import type { DemoStatValue } from "./demo-stat-types";

export class ValueList {
  readonly values: DemoStatValue[] = [];

  total(metric: string, value: Dec | string | number, source = "reported"): this {
    const text = typeof value === "object" ? value.toFixed() : String(value);
    this.values.push({ metric, item: null, value: text, source });
    return this;
  }

  /** The total and its non-zero items (the items add up to the total by construction). */
  items(metric: string, total: Dec, items: ReadonlyMap<string, Dec>): this {
    this.total(metric, total);
    for (const [item, v] of [...items].sort(([a], [b]) => a.localeCompare(b)))
      if (!v.isZero()) this.values.push({ metric, item, value: v.toFixed(), source: "reported" });
    return this;
  }
}
