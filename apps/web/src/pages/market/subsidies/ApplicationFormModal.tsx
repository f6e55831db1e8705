import type { TSubsidyApplicationInput } from "@greenfin/contracts";
import { Col, DatePicker, Form, Input, Modal, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useGreenFinancings } from "../../../api/green";
import { marketCatalogueApi, marketCatalogueKeys, useSubsidyProgrammes } from "../../../api/marketCatalogue";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";
import { named } from "../../green/shared/format";
import { useDeskSave } from "../products/useDeskSave";

type Values = Omit<TSubsidyApplicationInput, "periodStart" | "periodEnd"> & { period: [Dayjs, Dayjs] };
const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

/** 申请贴息: an institution applies on behalf of an enterprise it financed, for the interest of one period. */
export function ApplicationFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const programmes = useSubsidyProgrammes();
  const financings = useGreenFinancings({ pageSize: 200 });
  const req = { required: true, message: t("marketDesk.form.required") };
  const { save, saving } = useDeskSave(
    form,
    async ({ period, ...v }) => {
      const a = await marketCatalogueApi.apply({
        ...v,
        principal: v.principal?.trim() || undefined,
        note: v.note?.trim() || undefined,
        periodStart: period[0].format("YYYY-MM-DD"),
        periodEnd: period[1].format("YYYY-MM-DD"),
      });
      return t("marketDesk.subsidies.applied", { amount: formatYuan(a.subsidyAmount, lang) });
    },
    onClose,
    [marketCatalogueKeys.subsidies],
  );
  return (
    <Modal
      open
      width={680}
      title={t("marketDesk.subsidies.apply")}
      onOk={() => void save()}
      okText={t("marketDesk.common.submit")}
      okButtonProps={{ "data-testid": "application-form-submit" }}
      cancelText={t("marketDesk.common.cancel")}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" data-testid="application-form">
        <Form.Item name="programmeId" label={t("marketDesk.subsidies.name")} rules={[req]}>
          <Select
            options={(programmes.data ?? [])
              .filter((p) => p.status === "open")
              .map((p) => ({ value: p.id, label: named(p, lang) }))}
          />
        </Form.Item>
        <Form.Item
          name="greenFinancingId"
          label={t("marketDesk.subsidies.financing")}
          tooltip={t("marketDesk.subsidies.financingHint")}
          rules={[req]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={financings.isLoading}
            options={(financings.data?.items ?? [])
              .filter((f) => f.category)
              .map((f) => ({
                value: f.id,
                label: `${f.reference} · ${f.borrower.name} · ${f.category?.code} · ${formatYuan(f.amount, lang)}`,
              }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="period" label={t("marketDesk.subsidies.period")} rules={[req]}>
              <DatePicker.RangePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="principal"
              label={t("marketDesk.subsidies.principal")}
              rules={[{ pattern: YUAN, message: "5000000" }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="interestPaid"
              label={t("marketDesk.subsidies.interestPaid")}
              rules={[req, { pattern: YUAN, message: "48000" }]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t("marketDesk.subsidies.decisionNote")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
