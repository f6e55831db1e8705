import { FINANCING_INSTRUMENTS, type TGreenFinancingInput, type TGreenProjectDetail } from "@greenfin/contracts";
import { Col, DatePicker, Form, Input, Modal, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { greenApi } from "../../../api/green";
import { CategoryCascader } from "../shared/CategoryCascader";
import { useModalSave } from "../shared/useModalSave";

interface Values {
  instrument: TGreenFinancingInput["instrument"];
  reference: string;
  amount: string;
  outstanding?: string;
  startDate: Dayjs;
  maturityDate?: Dayjs;
  ratePercent?: string;
  useOfProceeds: string;
  categoryCode?: string;
}

const YUAN = /^\d{1,15}(\.\d{1,2})?$/;
const RATE = /^\d{1,2}(\.\d{1,4})?$/;

/** An institution records a loan, bond or policy financing this certified project (POST /api/green/financings). */
export function LinkFinancingModal({ p, onClose }: { p: TGreenProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const req = { required: true, message: t("green.form.required") };

  const { save, saving } = useModalSave(
    form,
    async (v) => {
      const row = await greenApi.recordFinancing({
        projectId: p.id,
        instrument: v.instrument,
        reference: v.reference.trim(),
        amount: v.amount.trim(),
        ...(v.outstanding?.trim() ? { outstanding: v.outstanding.trim() } : {}),
        startDate: v.startDate.format("YYYY-MM-DD"),
        ...(v.maturityDate ? { maturityDate: v.maturityDate.format("YYYY-MM-DD") } : {}),
        ...(v.ratePercent?.trim() ? { ratePercent: v.ratePercent.trim() } : {}),
        useOfProceeds: v.useOfProceeds.trim(),
        ...(v.categoryCode ? { categoryCode: v.categoryCode } : {}),
      });
      return t("green.project.linked", { reference: row.reference });
    },
    onClose,
  );

  return (
    <Modal
      open
      width={720}
      title={`${t("green.financing.linkTitle")} · ${p.refNo}`}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ id: "green-link-save" }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ instrument: "loan", startDate: dayjs(), categoryCode: p.certification?.category.code }}
        data-testid="green-link-form"
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="instrument" label={t("green.financing.instrument")} rules={[req]}>
              <Select options={FINANCING_INSTRUMENTS.map((i) => ({ value: i, label: t(`green.instrument.${i}`) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="reference" label={t("green.financing.reference")} rules={[req, { max: 80 }]}>
              <Input data-testid="green-link-reference" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="amount"
              label={t("green.financing.amount")}
              rules={[req, { pattern: YUAN, message: t("green.form.amountInvalid") }]}
            >
              <Input inputMode="decimal" data-testid="green-link-amount" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="outstanding"
              label={t("green.financing.outstanding")}
              rules={[{ pattern: YUAN, message: t("green.form.amountInvalid") }]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="startDate" label={t("green.financing.startDate")} rules={[req]}>
              <DatePicker style={{ width: "100%" }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="maturityDate" label={t("green.financing.maturity")}>
              <DatePicker style={{ width: "100%" }} data-testid="green-link-maturity" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="ratePercent"
              label={t("green.financing.rate")}
              rules={[{ pattern: RATE, message: t("green.form.decimalInvalid") }]}
            >
              <Input inputMode="decimal" data-testid="green-link-rate" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="categoryCode" label={t("green.financing.category")}>
              <CategoryCascader />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="useOfProceeds"
              label={t("green.financing.useOfProceeds")}
              rules={[req, { min: 2 }, { max: 500 }]}
            >
              <Input.TextArea
                rows={2}
                placeholder={t("green.financing.useOfProceedsPh")}
                data-testid="green-link-use"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
