import type { TTargetObservationInput, TTargetWithProgress } from "@greenfin/contracts";
import { Form, type FormInstance, Input, InputNumber, Modal } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/labels";
import { named } from "../reports/shared/labels";

/** The district enters (or replaces) one year's value of a target's metric, with where the figure comes from. */
export function ObservationModal({
  target,
  busy,
  onCancel,
  onSave,
}: {
  target: TTargetWithProgress | null;
  busy: boolean;
  onCancel: () => void;
  onSave: (key: string, body: TTargetObservationInput, form: FormInstance) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<TTargetObservationInput>();
  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);
  const required = { required: true, message: t("statistics.targets.form.required") };
  return (
    <Modal
      open={!!target}
      title={target ? `${t("statistics.targets.observe")} · ${named(target, lang)}` : ""}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, "data-testid": "observation-save" }}
      destroyOnHidden
    >
      <Form<TTargetObservationInput>
        form={form}
        layout="vertical"
        onFinish={(v) => target && onSave(target.key, { ...v, value: v.value.trim() }, form)}
      >
        <Form.Item name="year" label={t("statistics.targets.form.year")} rules={[required]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} data-testid="observation-year" />
        </Form.Item>
        <Form.Item
          name="value"
          label={t("statistics.targets.form.value")}
          rules={[
            { ...required, whitespace: true },
            { pattern: /^-?\d+(\.\d+)?$/, message: t("statistics.targets.form.decimal") },
          ]}
        >
          <Input inputMode="decimal" style={{ width: 240 }} data-testid="observation-value" />
        </Form.Item>
        <Form.Item
          name="source"
          label={t("statistics.targets.form.obsSource")}
          extra={t("statistics.targets.form.obsSourceHint")}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="observation-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
