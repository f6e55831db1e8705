import type { TGreenProjectDetail } from "@greenfin/contracts";
import { Form, Input, InputNumber, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { greenApi } from "../../../api/green";
import { BenefitLinesEditor } from "../form/BenefitLinesEditor";
import { BenefitPreview } from "../form/BenefitPreview";
import { type BenefitLine, benefitLinesOf } from "../form/formValues";
import { useModalSave } from "../shared/useModalSave";

interface Values {
  year: number;
  lines: BenefitLine[];
  note?: string;
}

/** The owner reports a year's actual benefit inputs, with the same calculators (live preview) as expected. */
export function ReportBenefitsModal({ p, onClose }: { p: TGreenProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const lines = Form.useWatch("lines", form);
  const year = Form.useWatch("year", form);
  const done = new Set(p.benefitReports.map((r) => r.year));
  const firstYear = p.operationYear ?? new Date().getFullYear() - 1;
  let nextYear = firstYear;
  while (done.has(nextYear)) nextYear += 1;

  const { save, saving } = useModalSave(
    form,
    async (v) => {
      const row = await greenApi.reportBenefits(p.id, {
        year: v.year,
        lines: benefitLinesOf(v.lines),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      return t("green.project.reported", { year: row.year });
    },
    onClose,
  );

  return (
    <Modal
      open
      width={900}
      title={t("green.project.reportBenefits")}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ id: "green-report-save" }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: nextYear, lines: p.expectedBenefits.map((l) => ({ method: l.method, inputs: {} })) }}
        data-testid="green-report-form"
      >
        <Form.Item name="year" label={t("green.project.year")} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} data-testid="green-report-year" />
        </Form.Item>
        <BenefitLinesEditor listName="lines" suggestFor={p.certification?.category.code ?? p.category?.code} />
        <Form.Item name="note" label={t("green.project.note")} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      <BenefitPreview lines={lines} year={year} />
    </Modal>
  );
}
