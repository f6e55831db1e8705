import type { TDisclosure, TDisclosureTemplate, TTemplateItem } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { disclosuresApi, intakeProblemsOf, type ValueEntry } from "../../../../api/disclosure";
import { useShowError } from "../../../../lib/errors";
import { dk } from "../../shared/queries";
import { clearRow, type ProblemMap, placeProblems } from "../problemMap";
import {
  cellFromStored,
  type DraftCell,
  type EditsByDim,
  isFilled,
  rowsOf,
  type StoredByDim,
  sameEntry,
  toEntry,
} from "./draftModel";

export interface DraftState {
  stored: Readonly<Record<string, StoredByDim>>;
  edits: Readonly<Record<string, EditsByDim>>;
  added: Readonly<Record<string, readonly string[]>>;
  changed: number;
  setCell: (indicatorId: string, dimension: string, cell: DraftCell) => void;
  addRow: (indicatorId: string, dimension: string) => void;
  save: () => void;
  saving: boolean;
  /** Items (indicators) with at least one filled row, by topic index. */
  filledOf: (items: readonly TTemplateItem[]) => number;
}

/**
 * The form's working copy of the draft: edits on top of the stored values, "保存草稿" sending only the changed
 * rows, and the server's problems put back on the rows they concern (through the index of each sent entry).
 */
export function useDraft(
  disclosure: TDisclosure,
  template: TDisclosureTemplate,
  setProblems: (update: (m: ProblemMap) => ProblemMap) => void,
): DraftState {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [edits, setEdits] = useState<Record<string, EditsByDim>>({});
  const [added, setAdded] = useState<Record<string, readonly string[]>>({});

  const items = useMemo(() => new Map(template.topics.flatMap((tp) => tp.items).map((i) => [i.id, i])), [template]);
  const stored = useMemo(() => {
    const out: Record<string, Record<string, TDisclosure["values"][number]>> = {};
    for (const v of disclosure.values) {
      const byDim = out[v.indicatorId] ?? {};
      byDim[v.dimension] = v;
      out[v.indicatorId] = byDim;
    }
    return out as Record<string, StoredByDim>;
  }, [disclosure.values]);

  const changes = useMemo(() => {
    const out: ValueEntry[] = [];
    for (const [id, dims] of Object.entries(edits)) {
      const item = items.get(id);
      if (!item) continue;
      for (const [dim, cell] of Object.entries(dims)) {
        const now = toEntry(item, dim, cell);
        if (!sameEntry(now, toEntry(item, dim, cellFromStored(item, stored[id]?.[dim])))) out.push(now);
      }
    }
    return out;
  }, [edits, items, stored]);

  // An edit back to what is stored is no edit: it is dropped, so that it cannot linger and later (after an import
  // changed the stored value) overwrite the new value with an old empty one.
  const latest = useRef({ items, stored });
  latest.current = { items, stored };
  const setCell = useCallback(
    (indicatorId: string, dimension: string, cell: DraftCell) => {
      const item = latest.current.items.get(indicatorId);
      const same =
        !!item &&
        sameEntry(
          toEntry(item, dimension, cell),
          toEntry(item, dimension, cellFromStored(item, latest.current.stored[indicatorId]?.[dimension])),
        );
      setEdits((prev) => {
        const dims: Record<string, DraftCell> = { ...prev[indicatorId] };
        if (same) delete dims[dimension];
        else dims[dimension] = cell;
        return { ...prev, [indicatorId]: dims };
      });
      setProblems((m) => clearRow(m, indicatorId, dimension));
    },
    [setProblems],
  );

  const addRow = useCallback((indicatorId: string, dimension: string) => {
    setAdded((prev) => {
      const list = prev[indicatorId] ?? [];
      return list.includes(dimension) ? prev : { ...prev, [indicatorId]: [...list, dimension] };
    });
  }, []);

  const mutation = useMutation({
    mutationFn: (sent: ValueEntry[]) => disclosuresApi.saveValues(disclosure.id, sent),
    onSuccess: async (result, sent) => {
      setProblems(() => placeProblems(result.warnings, sent));
      void message.success(
        result.warnings.length
          ? t("disclosure.form.savedWithWarnings", { count: result.saved, warnings: result.warnings.length })
          : t("disclosure.form.saved", { count: result.saved }),
      );
      await qc.invalidateQueries({ queryKey: dk.one(disclosure.id) });
      void qc.invalidateQueries({ queryKey: ["disclosures", "list"] });
      // Forget the edits that were saved (unless the user changed them again meanwhile).
      setEdits((prev) => {
        const next: Record<string, Record<string, DraftCell>> = {};
        for (const [id, dims] of Object.entries(prev)) {
          const item = items.get(id);
          for (const [dim, cell] of Object.entries(dims)) {
            const same =
              item &&
              sent.some((e) => e.indicatorId === id && e.dimension === dim && sameEntry(e, toEntry(item, dim, cell)));
            if (!same) next[id] = { ...next[id], [dim]: cell };
          }
        }
        return next;
      });
      setAdded({});
    },
    onError: (e, sent) => {
      const problems = intakeProblemsOf(e);
      if (problems.length === 0) return showError(e);
      setProblems(() => placeProblems(problems, sent));
      const errors = problems.filter((p) => p.severity === "error").length;
      void message.error(t("disclosure.form.saveFailed", { count: errors }));
    },
  });

  const save = useCallback(() => {
    if (changes.length === 0) {
      void message.info(t("disclosure.form.nothingChanged"));
      return;
    }
    mutation.mutate(changes);
  }, [changes, mutation, message, t]);

  const filledOf = useCallback(
    (list: readonly TTemplateItem[]) =>
      list.filter((item) =>
        rowsOf(item, stored[item.id], added[item.id]).some((r) =>
          isFilled(edits[item.id]?.[r.dimension] ?? cellFromStored(item, stored[item.id]?.[r.dimension])),
        ),
      ).length,
    [edits, stored, added],
  );

  return {
    stored,
    edits,
    added,
    changed: changes.length,
    setCell,
    addRow,
    save,
    saving: mutation.isPending,
    filledOf,
  };
}
