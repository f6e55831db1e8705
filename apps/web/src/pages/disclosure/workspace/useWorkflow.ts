import type { TIntakeProblem } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { disclosuresApi, intakeProblemsOf } from "../../../api/disclosure";
import { useShowError } from "../../../lib/errors";
import { dk } from "../shared/queries";
import { placeProblems } from "./problemMap";
import type { Workspace } from "./useWorkspace";

/** Submit, start review, return / accept, publish: each refreshes the disclosure; a refused submission lists why. */
export function useWorkflow(ws: Workspace) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [submitProblems, setSubmitProblems] = useState<TIntakeProblem[]>([]);
  const refresh = () => qc.invalidateQueries({ queryKey: dk.all });

  const submit = useMutation({
    mutationFn: () => disclosuresApi.submit(ws.id),
    onSuccess: (r) => {
      setSubmitProblems([]);
      ws.setProblems(() => placeProblems(r.warnings ?? []));
      void message.success(t("disclosure.workflow.submitted", { revision: r.revision }));
      void refresh();
    },
    onError: (e) => {
      const problems = intakeProblemsOf(e);
      if (problems.length === 0) return showError(e);
      setSubmitProblems(problems);
      ws.setProblems(() => placeProblems(problems));
      ws.setTab("form");
      void message.error(t("disclosure.workflow.submitRefused", { count: problems.length }));
    },
  });

  const startReview = useMutation({
    mutationFn: () => disclosuresApi.startReview(ws.id),
    onSuccess: () => {
      void message.success(t("disclosure.workflow.reviewStarted"));
      void refresh();
    },
    onError: (e) => showError(e),
  });

  const decide = useMutation({
    mutationFn: (v: { outcome: "returned" | "accepted"; note: string }) =>
      disclosuresApi.decide(ws.id, {
        outcome: v.outcome,
        note: v.note.trim() || null,
        comments:
          v.outcome === "returned"
            ? Object.entries(ws.comments)
                .filter(([, c]) => c.trim())
                .map(([indicatorId, comment]) => ({ indicatorId, comment: comment.trim() }))
            : [],
      }),
    onSuccess: (_, v) => {
      void message.success(
        v.outcome === "accepted" ? t("disclosure.workflow.accepted") : t("disclosure.workflow.returned"),
      );
      ws.clearComments();
      void refresh();
    },
    onError: (e) => showError(e),
  });

  const publish = useMutation({
    mutationFn: () => disclosuresApi.publish(ws.id),
    onSuccess: () => {
      void message.success(t("disclosure.workflow.published"));
      void refresh();
    },
    onError: (e) => showError(e),
  });

  const commentCount = Object.values(ws.comments).filter((c) => c.trim()).length;
  return { submit, startReview, decide, publish, submitProblems, setSubmitProblems, commentCount };
}

export type Workflow = ReturnType<typeof useWorkflow>;
