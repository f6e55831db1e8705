import type { TRatingOverride } from "@greenfin/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Input, Modal, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ratingApi } from "../../../api/rating";
import { useShowError } from "../../../lib/errors";
import { orgName, useLang } from "../../../lib/labels";

import { rk } from "../shared/queries";

export interface Decision {
  override: TRatingOverride;
  decision: "approve" | "reject";
}

/** Confirms a reviewer's decision on an override, with an optional note for the audit log. */
export function DecideModal({ value, onClose }: { value: Decision | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [note, setNote] = useState("");
  useEffect(() => {
    if (value) setNote("");
  }, [value]);
  const decide = useMutation({
    mutationFn: (d: Decision) =>
      ratingApi.decideOverride(d.override.id, { decision: d.decision, note: note.trim() || undefined }),
    onSuccess: (_, d) => {
      void message.success(d.decision === "approve" ? t("rating.review.approved") : t("rating.review.rejected"));
      void qc.invalidateQueries({ queryKey: rk.all });
      onClose();
    },
    onError: (e) => showError(e),
  });
  const o = value?.override;
  return (
    <Modal
      open={!!value}
      title={value?.decision === "approve" ? t("rating.review.approveTitle") : t("rating.review.rejectTitle")}
      onCancel={onClose}
      onOk={() => value && decide.mutate(value)}
      confirmLoading={decide.isPending}
      okText={value?.decision === "approve" ? t("rating.review.approve") : t("rating.review.reject")}
      okButtonProps={{ danger: value?.decision === "reject", "data-testid": "override-decide-ok" }}
      destroyOnHidden
    >
      {o && (
        <Typography.Paragraph strong>
          {t("rating.review.summary", {
            entity: orgName(o.entity, lang),
            from: o.computedGrade,
            to: o.toGrade,
            notches: t("rating.override.notches", { sign: o.notches > 0 ? "+" : "−", count: Math.abs(o.notches) }),
          })}
        </Typography.Paragraph>
      )}
      {o && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: "pre-wrap" }}>
          {o.rationale}
        </Typography.Paragraph>
      )}
      <Input.TextArea
        rows={3}
        maxLength={4000}
        showCount
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t("rating.review.notePlaceholder")}
        data-testid="override-decide-note"
        style={{ marginBottom: 12 }}
      />
    </Modal>
  );
}
