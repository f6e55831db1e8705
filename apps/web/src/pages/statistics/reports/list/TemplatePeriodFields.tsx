import { Form, type FormInstance, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useTemplateOptions } from "./useTemplateOptions";

/** A template and one of its recent periods (the latest complete one chosen by default). */
export function TemplatePeriodFields<T extends { templateRef: string; period: string }>({
  form,
  inline,
}: {
  form: FormInstance<T>;
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const { options, periodsOf, templates } = useTemplateOptions();
  const ref = Form.useWatch("templateRef", form as FormInstance) as string | undefined;
  const periods = periodsOf(ref);
  useEffect(() => {
    if (!templates?.length) return;
    const f = form as FormInstance;
    if (!f.getFieldValue("templateRef")) {
      const def = templates.find((x) => x.isDefault && x.frequency === "monthly") ?? templates[0];
      f.setFieldValue("templateRef", def?.ref);
    }
  }, [templates, form]);
  useEffect(() => {
    const f = form as FormInstance;
    const current = f.getFieldValue("period") as string | undefined;
    if (periods.length && (!current || !periods.includes(current))) f.setFieldValue("period", periods[0]);
  }, [periods, form]);
  const style = inline ? { marginBottom: 0 } : undefined;
  return (
    <>
      <Form.Item
        name="templateRef"
        label={t("statistics.reports.template")}
        rules={[{ required: true, message: t("statistics.reports.templateRequired") }]}
        style={style}
      >
        <Select options={options} style={{ minWidth: 300 }} data-testid="choose-template" />
      </Form.Item>
      <Form.Item
        name="period"
        label={t("statistics.reports.period")}
        rules={[{ required: true, message: t("statistics.reports.periodRequired") }]}
        style={style}
      >
        <Select
          showSearch
          options={periods.map((p) => ({ value: p, label: p }))}
          style={{ minWidth: 130 }}
          data-testid="choose-period"
        />
      </Form.Item>
    </>
  );
}
