import type { TStatReport, TStatValue } from "@greenfin/contracts";
import { useCallback, useEffect, useMemo, useState } from "react";
import { cellKey } from "../shared/figures";

export interface DraftCell {
  /** Decimal text as the server will read it ("" = not reported). */
  value: string;
  /** "reported", or the platform module that pre-filled it. */
  source: string;
}
export type DraftCells = Record<string, DraftCell>;

function cellsOf(values: readonly TStatValue[]): DraftCells {
  const out: DraftCells = {};
  for (const v of values) out[cellKey(v.metric, v.item)] = { value: v.value, source: v.source };
  return out;
}

/**
 * The figures being edited, keyed by metric and item. A figure keeps its pre-filled source while it equals the
 * platform's value; typing anything else makes it "reported" (the server decides the same way on save).
 */
export function useReportDraft(report: TStatReport | null) {
  const initial = useMemo(() => cellsOf(report?.values ?? []), [report]);
  const [cells, setCells] = useState<DraftCells>(initial);
  const [prefilled, setPrefilled] = useState<DraftCells>({});
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    setCells(initial);
    setDirty(false);
  }, [initial]);

  const setValue = useCallback(
    (key: string, value: string) => {
      const pf = prefilled[key];
      setCells((c) => ({ ...c, [key]: { value, source: pf && pf.value === value ? pf.source : "reported" } }));
      setDirty(true);
    },
    [prefilled],
  );

  /**
   * Writes the platform's figures into the empty cells; a figure already entered stays (the platform's value is
   * then offered beside it). Returns how many cells were filled and how many differ.
   */
  const applyPrefill = useCallback(
    (values: readonly TStatValue[]) => {
      const pf = cellsOf(values);
      setPrefilled(pf);
      let filled = 0;
      let differing = 0;
      const next = { ...cells };
      for (const [key, cell] of Object.entries(pf)) {
        const own = next[key]?.value ?? "";
        if (own === "") {
          next[key] = cell;
          filled += 1;
        } else if (own === cell.value) next[key] = cell;
        else differing += 1;
      }
      setCells(next);
      if (filled) setDirty(true);
      return { filled, differing };
    },
    [cells],
  );

  const values = useCallback(
    () =>
      Object.entries(cells)
        .filter(([, c]) => c.value.trim() !== "")
        .map(([key, c]) => {
          const [metric = "", item = ""] = key.split("|");
          return { metric, item: item || null, value: c.value.trim() };
        }),
    [cells],
  );

  return { cells, setValue, applyPrefill, values, dirty, prefilled };
}
