/** The activity-item catalogue as the entry form offers it: each item's names and the units it may be entered in. */
import { loadActivityItems } from "@greenfin/reference";

export function activityItemOptions() {
  const catalogue = loadActivityItems();
  return {
    version: catalogue.version,
    items: catalogue.items.map(({ code, kind, units, nameZh, nameEn, use }) => ({
      code,
      kind,
      units: [...units],
      nameZh,
      nameEn,
      use,
    })),
  };
}
