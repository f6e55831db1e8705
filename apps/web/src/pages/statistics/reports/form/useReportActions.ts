import type { TStatProblem, TStatReport, TStatTemplate } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { statsApi, statsKeys } from "../../../../api/statistics";
import { useSession } from "../../../../app/auth";
import { useShowError } from "../../../../lib/errors";
import { problemsOfError } from "./problemMap";
import type { useReportDraft } from "./useReportDraft";

type Draft = ReturnType<typeof useReportDraft>;
export type ReportBusy = "prefill" | "save" | "submit" | "decide" | null;

/**
 * Pre-fill, save, submit and decide, each showing what the server says: a refusal's problems land next to their
 * fields (setProblems), anything else is a message.
 */
export function useReportActions(opts: {
  template: TStatTemplate;
  period: string;
  report: TStatReport | null;
  draft: Draft;
  setProblems: (p: TStatProblem[]) => void;
}) {
  const { template, period, report, draft, setProblems } = opts;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const showError = useShowError();
  const [busy, setBusy] = useState<ReportBusy>(null);

  const stored = (r: TStatReport) => {
    qc.setQueryData(statsKeys.report(r.id), r);
    void qc.invalidateQueries({ queryKey: ["statistics", "reports"] });
    setProblems(r.problems);
    if (report?.id !== r.id) navigate(`/statistics/reports/${r.id}`, { replace: true });
  };
  const refused = (e: unknown, key: "saveRefused" | "submitRefused") => {
    const listed = problemsOfError(e);
    if (!listed) return showError(e);
    setProblems(listed);
    void message.error(t(`statistics.form.${key}`, { count: listed.length }));
  };

  const prefill = async () => {
    setBusy("prefill");
    try {
      const pf = await statsApi.prefill(template.ref, period);
      const { filled, differing } = draft.applyPrefill(pf.values);
      void message.success(t("statistics.form.prefilled", { count: filled, from: pf.from, to: pf.to }));
      if (differing) void message.info(t("statistics.form.prefillDiffers", { count: differing }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const saveNow = async (): Promise<TStatReport | null> => {
    try {
      const saved = await statsApi.save(
        { templateRef: template.ref, period, values: draft.values() },
        session.csrfToken,
      );
      stored(saved);
      return saved;
    } catch (e) {
      refused(e, "saveRefused");
      return null;
    }
  };

  const save = async () => {
    setBusy("save");
    const saved = await saveNow();
    setBusy(null);
    if (saved) {
      const errors = saved.problems.filter((p) => p.severity === "error").length;
      if (errors) void message.warning(t("statistics.form.savedWithErrors", { count: errors }));
      else void message.success(t("statistics.form.saved"));
    }
  };

  const submit = async () => {
    setBusy("submit");
    try {
      const current = draft.dirty || !report || report.status !== "draft" ? await saveNow() : report;
      if (!current) return;
      const done = await statsApi.submit(current.id);
      stored(done);
      void message.success(t("statistics.form.submitted"));
    } catch (e) {
      refused(e, "submitRefused");
    } finally {
      setBusy(null);
    }
  };

  /** The district's decision; a refused note shows on the decision form. */
  const decide = async (outcome: "accept" | "return", note: string | null, form?: FormInstance): Promise<boolean> => {
    if (!report) return false;
    setBusy("decide");
    try {
      stored(await statsApi.decide(report.id, { outcome, note }));
      void message.success(t(outcome === "accept" ? "statistics.review.accepted" : "statistics.review.returned"));
      return true;
    } catch (e) {
      showError(e, form);
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { busy, prefill, save, submit, decide };
}
