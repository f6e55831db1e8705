import type { TGreenFinancingRow } from "@greenfin/contracts";
import { Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { greenApi, type TGreenFinancingLabel } from "../../../api/green";
import { CategoryCascader } from "../shared/CategoryCascader";
import { useModalSave } from "../shared/useModalSave";

/** Change a financing's category and use of proceeds, with the reason the audit log keeps. */
export function RelabelModal({ row, onClose }: { row: TGreenFinancingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TGreenFinancingLabel>();
  const req = { required: true, message: t("green.form.required") };
  const { save, saving } = useModalSave(
    form,
    async (v) => {
      await greenApi.relabel(row.id, { ...v, useOfProceeds: v.useOfProceeds.trim(), reason: v.reason.trim() });
      return t("green.financing.relabelled");
    },
    onClose,
  );
  return (
    <Modal
      open
      title={`${t("green.financing.relabelTitle")} · ${row.reference}`}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TGreenFinancingLabel>
        form={form}
        layout="vertical"
        initialValues={{ categoryCode: row.category?.code, useOfProceeds: row.useOfProceeds }}
      >
        <Form.Item name="categoryCode" label={t("green.financing.category")} rules={[req]}>
          <CategoryCascader />
        </Form.Item>
        <Form.Item
          name="useOfProceeds"
          label={t("green.financing.useOfProceeds")}
          rules={[req, { min: 2 }, { max: 500 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="reason" label={t("green.financing.reason")} rules={[req, { min: 2 }, { max: 1000 }]}>
          <Input.TextArea rows={2} data-testid="green-relabel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
