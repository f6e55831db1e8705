import { useMemo, useState } from "react";
import type { DisclosureStatus } from "../../../api/disclosure";
import { useDisclosureList } from "../shared/queries";

export type QueueFilter = "pending" | "returned" | "done" | "all";

const MATCH: Record<QueueFilter, readonly DisclosureStatus[] | null> = {
  pending: ["submitted", "in_review"],
  returned: ["returned"],
  done: ["accepted", "published"],
  all: null,
};

/** The disclosures this organisation reviews, filtered by stage and organisation name. */
export function useReviewQueue() {
  const list = useDisclosureList("review");
  const [filter, setFilter] = useState<QueueFilter>("pending");
  const [q, setQ] = useState("");
  const [year, setYear] = useState<number | null>(null);
  const years = useMemo(
    () => [...new Set((list.data ?? []).map((d) => d.period.year))].sort((a, b) => b - a),
    [list.data],
  );
  const rows = useMemo(() => {
    const wanted = MATCH[filter];
    const needle = q.trim().toLowerCase();
    return (list.data ?? []).filter(
      (d) =>
        (!wanted || wanted.includes(d.status)) &&
        (year === null || d.period.year === year) &&
        (!needle ||
          d.organisation.nameZh.toLowerCase().includes(needle) ||
          d.organisation.nameEn.toLowerCase().includes(needle)),
    );
  }, [list.data, filter, q, year]);
  const counts = useMemo(() => {
    const c: Record<QueueFilter, number> = { pending: 0, returned: 0, done: 0, all: 0 };
    for (const d of list.data ?? []) {
      c.all++;
      for (const f of ["pending", "returned", "done"] as const) if (MATCH[f]?.includes(d.status)) c[f]++;
    }
    return c;
  }, [list.data]);
  return { list, rows, filter, setFilter, q, setQ, year, setYear, years, counts };
}
