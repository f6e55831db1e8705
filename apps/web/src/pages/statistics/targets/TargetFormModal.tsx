import type { TTargetInput, TTargetWithProgress } from "@greenfin/contracts";
import { TARGET_PLATFORM_INDICATORS } from "@greenfin/contracts";
import { AutoComplete, Col, Form, Input, InputNumber, Modal, Radio, Row, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useStatTemplates } from "../../../api/statistics";
import { useLang } from "../../../lib/labels";
import { named } from "../reports/shared/labels";

type Values = TTargetInput & { key: string };
const DECIMAL = /^-?\d+(\.\d+)?$/;
const UNITS = ["percent", "yuan", "count", "tCO2e"] as const;

/** Creates or edits a target; every field is checked here and again by the server (its problems land on the fields). */
export function TargetFormModal({
  open,
  target,
  busy,
  onCancel,
  onSave,
}: {
  open: boolean;
  /** The target being edited, or null to create one. */
  target: TTargetWithProgress | null;
  busy: boolean;
  onCancel: () => void;
  onSave: (key: string, body: TTargetInput, form: ReturnType<typeof Form.useForm<Values>>[0]) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const templates = useStatTemplates();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (target) form.setFieldsValue({ ...target });
    else form.setFieldsValue({ direction: "increase", unit: "percent" });
  }, [open, target, form]);

  const metricOptions = [
    ...TARGET_PLATFORM_INDICATORS.map((k) => ({
      value: k,
      label: `${k} — ${t(`statistics.targets.platformIndicators.${k}`)}`,
    })),
    ...[...new Map((templates.data ?? []).flatMap((tpl) => tpl.metrics).map((m) => [m.key, m])).values()].map((m) => ({
      value: m.key,
      label: `${m.key} — ${named(m, lang)}`,
    })),
  ];
  const required = { required: true, whitespace: true, message: t("statistics.targets.form.required") };
  const decimal = { pattern: DECIMAL, message: t("statistics.targets.form.decimal") };
  const year = [{ required: true, message: t("statistics.targets.form.required") }];
  return (
    <Modal
      open={open}
      width={720}
      title={target ? t("statistics.targets.form.editTitle") : t("statistics.targets.form.createTitle")}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, "data-testid": "target-save" }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          const { key, ...body } = v;
          onSave(
            key.trim(),
            { ...body, baselineValue: body.baselineValue.trim(), targetValue: body.targetValue.trim() },
            form,
          );
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="key"
              label={t("statistics.targets.form.key")}
              extra={t("statistics.targets.form.keyHint")}
              rules={[required, { pattern: /^[a-z0-9_-]{2,64}$/, message: t("statistics.targets.form.keyInvalid") }]}
            >
              <Input disabled={!!target} data-testid="target-key" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="metric"
              label={t("statistics.targets.form.metric")}
              extra={t("statistics.targets.form.metricHint")}
              rules={[required, { pattern: /^[a-z0-9_]{2,64}$/, message: t("statistics.targets.form.metricInvalid") }]}
            >
              <AutoComplete options={metricOptions} filterOption data-testid="target-metric" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameZh" label={t("statistics.targets.form.nameZh")} rules={[required]}>
              <Input maxLength={200} data-testid="target-name-zh" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t("statistics.targets.form.nameEn")} rules={[required]}>
              <Input maxLength={200} data-testid="target-name-en" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="baselineYear" label={t("statistics.targets.form.baselineYear")} rules={year}>
              <InputNumber
                min={2000}
                max={2100}
                precision={0}
                style={{ width: "100%" }}
                data-testid="target-baseline-year"
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="baselineValue"
              label={t("statistics.targets.form.baselineValue")}
              rules={[required, decimal]}
            >
              <Input inputMode="decimal" data-testid="target-baseline-value" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="targetYear"
              label={t("statistics.targets.form.targetYear")}
              dependencies={["baselineYear"]}
              rules={[
                ...year,
                ({ getFieldValue }) => ({
                  validator: (_, v: number | undefined) =>
                    v === undefined || v === null || !(getFieldValue("baselineYear") >= v)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("statistics.targets.form.yearsOrder"))),
                }),
              ]}
            >
              <InputNumber
                min={2000}
                max={2100}
                precision={0}
                style={{ width: "100%" }}
                data-testid="target-target-year"
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="targetValue" label={t("statistics.targets.form.targetValue")} rules={[required, decimal]}>
              <Input inputMode="decimal" data-testid="target-target-value" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unit" label={t("statistics.targets.form.unit")} rules={year}>
              <Select options={UNITS.map((u) => ({ value: u, label: t(`statistics.targets.unitName.${u}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="direction" label={t("statistics.targets.form.direction")} rules={year}>
              <Radio.Group
                options={(["increase", "decrease"] as const).map((d) => ({
                  value: d,
                  label: t(`statistics.targets.direction.${d}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="source"
              label={t("statistics.targets.form.source")}
              extra={t("statistics.targets.form.sourceHint")}
              rules={[required]}
            >
              <Input.TextArea rows={2} maxLength={1000} data-testid="target-source" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
