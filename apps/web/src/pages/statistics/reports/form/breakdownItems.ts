import { useGreenCategories } from "../../../../api/green";
import { INDUSTRY_SECTIONS } from "../../../../lib/industry";

export interface BreakdownItem {
  code: string;
  nameZh: string;
  nameEn: string;
}

/**
 * The items a broken-down metric is reported by: the level-1 uses of the 2025 green catalogue (from the catalogue
 * API) and the 20 sections of GB/T 4754-2017 — the same lists the server checks the items against.
 */
export function useBreakdownItems(): Record<"catalogue-use" | "industry-section", BreakdownItem[]> {
  const cats = useGreenCategories();
  return {
    "catalogue-use": (cats.data ?? [])
      .filter((c) => c.level === 1)
      .map((c) => ({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn })),
    "industry-section": INDUSTRY_SECTIONS.map((s) => ({ code: s.code, nameZh: s.zh, nameEn: s.en })),
  };
}
