import { Alert, Input, Modal, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  outcome: "returned" | "accepted" | null;
  comments: Readonly<Record<string, string>>;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}

/** Confirms a review decision, with an optional note; a return lists the comments that go with it. */
export function DecisionModal({ outcome, comments, pending, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  useEffect(() => {
    if (outcome) setNote("");
  }, [outcome]);
  const listed = Object.entries(comments).filter(([, c]) => c.trim());
  return (
    <Modal
      open={!!outcome}
      title={outcome === "accepted" ? t("disclosure.workflow.acceptTitle") : t("disclosure.workflow.returnTitle")}
      onCancel={onCancel}
      onOk={() => onConfirm(note)}
      confirmLoading={pending}
      okText={outcome === "accepted" ? t("disclosure.workflow.accept") : t("disclosure.workflow.return")}
      okButtonProps={{ danger: outcome === "returned", "data-testid": "decision-ok" }}
      destroyOnHidden
    >
      {outcome === "returned" && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("disclosure.workflow.returnComments", { count: listed.length })}
          description={listed.map(([id, c]) => (
            <div key={id}>
              <Typography.Text code>{id}</Typography.Text> {c}
            </div>
          ))}
        />
      )}
      <Input.TextArea
        rows={3}
        maxLength={2000}
        showCount
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t("disclosure.workflow.notePlaceholder")}
        data-testid="decision-note"
      />
    </Modal>
  );
}
