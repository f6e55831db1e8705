import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, type UploadProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, evidenceApi } from "../../../../api/disclosure";
import { useSession } from "../../../../app/auth";
import { useShowError } from "../../../../lib/errors";
import { dk } from "../../shared/queries";

/** Uploading evidence for one indicator (PDF, PNG, JPEG, xlsx; ≤ 10 MB), and removing it. */
export function useEvidenceActions(disclosureId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const { csrfToken } = useSession();
  const qc = useQueryClient();
  const [indicatorId, setIndicatorId] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: dk.evidence(disclosureId) });

  const customRequest: UploadProps["customRequest"] = ({ file, onProgress, onSuccess, onError }) => {
    const f = file as File;
    const type = EVIDENCE_TYPES[f.name.split(".").pop()?.toLowerCase() ?? ""];
    const fail = (text: string) => {
      void message.error(text);
      onError?.(new Error(text));
    };
    if (!indicatorId) return fail(t("disclosure.evidence.pickIndicator"));
    if (!type) return fail(t("disclosure.evidence.badType"));
    if (f.size > EVIDENCE_MAX_BYTES) return fail(t("disclosure.evidence.tooBig"));
    setProgress(0);
    evidenceApi
      .upload(disclosureId, indicatorId, f, type, {
        csrfToken,
        onProgress: (percent) => {
          setProgress(percent);
          onProgress?.({ percent });
        },
      })
      .then((r) => {
        void message.success(t("disclosure.evidence.uploaded", { name: f.name }));
        void refresh();
        onSuccess?.(r);
      })
      .catch((e: unknown) => {
        showError(e);
        onError?.(e as Error);
      })
      .finally(() => setProgress(null));
  };

  const remove = useMutation({
    mutationFn: (id: string) => evidenceApi.remove(id),
    onSuccess: () => {
      void message.success(t("disclosure.evidence.removed"));
      void refresh();
    },
    onError: (e) => showError(e),
  });

  return { indicatorId, setIndicatorId, customRequest, progress, remove };
}
