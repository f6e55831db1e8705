import { type TControversy, zUpdateControversyStatus } from "@greenfin/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ratingApi, type UpdateControversyStatus } from "../../../api/rating";
import { orgName, useLang } from "../../../lib/labels";
import { useFormDialog } from "../../../lib/useFormDialog";
import { rk } from "../shared/queries";
import { useMethodologyLookup } from "../shared/useMethodologyLookup";

interface Values {
  status: string;
  note?: string;
}

/** A new status for a controversy (alleged → confirmed, remediated, dismissed); later runs weigh it by that. */
export function StatusModal({ item, onClose }: { item: TControversy | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const m = useMethodologyLookup();
  const { form, submit, pending } = useFormDialog<Values, UpdateControversyStatus, unknown>({
    open: !!item,
    defaults: () => ({ status: item?.status }),
    schema: zUpdateControversyStatus,
    toBody: (v) => ({ status: v.status, note: v.note?.trim() || undefined }),
    send: (body) => ratingApi.setControversyStatus(item?.id ?? "", body),
    onDone: () => {
      void message.success(t("rating.controversy.statusChanged"));
      void qc.invalidateQueries({ queryKey: rk.all });
      onClose();
    },
  });
  return (
    <Modal
      open={!!item}
      title={t("rating.controversy.changeStatus")}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={pending}
      okButtonProps={{ "data-testid": "controversy-status-ok" }}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph>
          <b>{orgName(item.entity, lang)}</b> · {item.date} · {m.category(item.category)}
          <br />
          <span className="gf-sub">{item.description}</span>
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="status" label={t("rating.controversy.status")} rules={[{ required: true }]}>
          <Select options={m.statusOptions} data-testid="controversy-new-status" />
        </Form.Item>
        <Form.Item name="note" label={t("rating.controversy.statusNote")}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t("rating.controversy.statusNotePlaceholder")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
