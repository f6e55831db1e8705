import type { TIntakeProblem, TIntakeResult } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, type UploadProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { disclosuresApi, intakeProblemsOf } from "../../../../api/disclosure";
import { useSession } from "../../../../app/auth";
import { useShowError } from "../../../../lib/errors";
import { dk } from "../../shared/queries";

export type ImportOutcome =
  | { kind: "saved"; fileName: string; result: TIntakeResult }
  | { kind: "refused"; fileName: string; problems: TIntakeProblem[] };

const MAX_BYTES = 20 * 1024 * 1024;

/** Uploads a filled workbook or CSV file as the raw request body; keeps the outcome (saved, or every problem). */
export function useImport(disclosureId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const { csrfToken } = useSession();
  const qc = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const customRequest: UploadProps["customRequest"] = ({ file, onProgress, onSuccess, onError }) => {
    const f = file as File;
    if (f.size > MAX_BYTES) {
      void message.error(t("disclosure.import.tooBig"));
      onError?.(new Error("too big"));
      return;
    }
    setOutcome(null);
    setProgress(0);
    disclosuresApi
      .importFile(disclosureId, f, {
        csrfToken,
        onProgress: (percent) => {
          setProgress(percent);
          onProgress?.({ percent });
        },
      })
      .then((result) => {
        setOutcome({ kind: "saved", fileName: f.name, result });
        void message.success(t("disclosure.import.saved", { count: result.saved }));
        void qc.invalidateQueries({ queryKey: dk.one(disclosureId) });
        void qc.invalidateQueries({ queryKey: ["disclosures", "list"] });
        onSuccess?.(result);
      })
      .catch((e: unknown) => {
        const problems = intakeProblemsOf(e);
        if (problems.length) setOutcome({ kind: "refused", fileName: f.name, problems });
        else showError(e);
        onError?.(e as Error);
      })
      .finally(() => setProgress(null));
  };

  return { customRequest, progress, outcome, clear: () => setOutcome(null) };
}
