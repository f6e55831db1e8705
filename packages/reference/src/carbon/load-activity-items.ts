import { z } from "zod";
import { deepFreeze, parseReferenceData, readDataFile } from "../data-file";

export const ACTIVITY_ITEM_KINDS = [
  "energy",
  "fuel",
  "market_instrument",
  "process",
  "production",
  "economic",
  "spend",
] as const;
export type ActivityItemKind = (typeof ACTIVITY_ITEM_KINDS)[number];

/** How the accounting uses an item's quantity. */
export const ACTIVITY_ITEM_USES = [
  "scope1_combustion",
  "scope1_process",
  "scope2_location",
  "scope2_heat",
  "scope2_market_deduction",
  "scope3_spend",
  "intensity",
] as const;
export type ActivityItemUse = (typeof ACTIVITY_ITEM_USES)[number];

const zActivityItem = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  kind: z.enum(ACTIVITY_ITEM_KINDS),
  /** Unit ids of the domain's units table; the first is the one the accounting works in. */
  units: z.array(z.string().min(1)).min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  use: z.enum(ACTIVITY_ITEM_USES),
});

export const zActivityItemCatalogue = z.object({
  version: z.string().min(1),
  source: z.string().min(1),
  verification: z.string().min(1),
  items: z.array(zActivityItem).min(1),
});

export type ActivityItem = z.output<typeof zActivityItem>;
export type ActivityItemCatalogue = z.output<typeof zActivityItemCatalogue>;

let cached: ActivityItemCatalogue | undefined;

/** The activity items an enterprise reports monthly (energy, fuels, process output, economic figures, spend). */
export function loadActivityItems(): ActivityItemCatalogue {
  if (!cached) {
    const parsed = parseReferenceData(
      zActivityItemCatalogue,
      readDataFile("carbon/activity-items.json"),
      "activity items",
    );
    const codes = new Set<string>();
    for (const item of parsed.items) {
      if (codes.has(item.code)) throw new Error(`activity item ${item.code} is listed twice`);
      codes.add(item.code);
    }
    cached = deepFreeze(parsed);
  }
  return cached;
}

/** One item by code, or undefined when the code is not in the catalogue. */
export function activityItem(code: string): ActivityItem | undefined {
  return loadActivityItems().items.find((i) => i.code === code);
}
