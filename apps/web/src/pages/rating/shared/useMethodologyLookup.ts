import { useMemo } from "react";
import { useLang } from "../../../lib/labels";
import { bi, DEFAULT_GRADES } from "./format";
import { useMethodologies } from "./queries";

const DEFAULT_SCALE = DEFAULT_GRADES.map((grade, i) => ({ grade, minScore: String(Math.max(0, 90 - i * 10)) }));

/** Names and scales from the methodology summaries: controversy categories and statuses, grades, override limits. */
export function useMethodologyLookup() {
  const lang = useLang();
  const { data } = useMethodologies();
  return useMemo(() => {
    const all = data ?? [];
    const categories = new Map<string, { zh: string; en: string }>();
    const statuses = new Map<string, { zh: string; en: string }>();
    for (const m of all) {
      for (const c of m.controversyCategories) if (!categories.has(c.id)) categories.set(c.id, c.name);
      for (const s of m.controversyStatuses) if (!statuses.has(s.status)) statuses.set(s.status, s.label);
    }
    const find = (ref: string) => all.find((m) => m.ref === ref);
    return {
      loaded: !!data,
      methodologies: all,
      find,
      scale: (ref: string) => find(ref)?.scale ?? DEFAULT_SCALE,
      grades: (ref: string) => (find(ref)?.scale ?? DEFAULT_SCALE).map((s) => s.grade),
      maxNotches: (ref: string) => find(ref)?.maxOverrideNotches ?? 0,
      categoryOptions: [...categories.entries()].map(([value, name]) => ({ value, label: bi(name, lang) })),
      statusOptions: [...statuses.entries()].map(([value, name]) => ({ value, label: bi(name, lang) })),
      category: (id: string) => {
        const n = categories.get(id);
        return n ? bi(n, lang) : id;
      },
      status: (id: string) => {
        const n = statuses.get(id);
        return n ? bi(n, lang) : id;
      },
    };
  }, [data, lang]);
}
