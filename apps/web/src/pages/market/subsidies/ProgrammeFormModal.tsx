import { SUBSIDY_KINDS, type TSubsidyProgrammeInput } from "@greenfin/contracts";
import { Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { marketCatalogueApi, marketCatalogueKeys } from "../../../api/marketCatalogue";
import { useDeskSave } from "../products/useDeskSave";

type Values = Omit<TSubsidyProgrammeInput, "periodStart" | "periodEnd"> & { period: [Dayjs, Dayjs] };
const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

/** 新建贴息项目: budget, eligible catalogue categories, the rule (points on principal or share of interest), period. */
export function ProgrammeFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const req = { required: true, message: t("marketDesk.form.required") };
  const { save, saving } = useDeskSave(
    form,
    async ({ period, ...v }) => {
      await marketCatalogueApi.createProgramme({
        ...v,
        description: v.description?.trim() || undefined,
        perLoanCap: v.perLoanCap?.trim() || undefined,
        periodStart: period[0].format("YYYY-MM-DD"),
        periodEnd: period[1].format("YYYY-MM-DD"),
      });
      return t("marketDesk.subsidies.programmeCreated");
    },
    onClose,
    [marketCatalogueKeys.subsidies],
  );
  return (
    <Modal
      open
      width={720}
      title={t("marketDesk.subsidies.newProgramme")}
      onOk={() => void save()}
      okText={t("marketDesk.common.submit")}
      okButtonProps={{ "data-testid": "programme-form-submit" }}
      cancelText={t("marketDesk.common.cancel")}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="programme-form"
        initialValues={{ kind: "rate_points", open: true }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="nameZh" label={t("marketDesk.form.nameZh")} rules={[req]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t("marketDesk.form.nameEn")} rules={[req]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={t("marketDesk.subsidies.kind")} rules={[req]}>
              <Select
                options={SUBSIDY_KINDS.map((k) => ({ value: k, label: t(`marketDesk.subsidies.kindName.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="rate"
              label={t("marketDesk.subsidies.rate")}
              rules={[req, { pattern: /^\d{1,3}(\.\d{1,4})?$/, message: "1.00 / 50" }]}
            >
              <Input placeholder="1.00" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="categoryPrefixes"
              label={t("marketDesk.subsidies.categories")}
              rules={[req]}
              tooltip={t("marketDesk.form.catalogueHint")}
            >
              <Select mode="tags" tokenSeparators={[",", " "]} open={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="period" label={t("marketDesk.subsidies.period")} rules={[req]}>
              <DatePicker.RangePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="budget"
              label={t("marketDesk.subsidies.budget")}
              rules={[req, { pattern: YUAN, message: "5000000" }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="perLoanCap"
              label={t("marketDesk.subsidies.perLoanCap")}
              rules={[{ pattern: YUAN, message: "200000" }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t("marketDesk.subsidies.description")}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="open" valuePropName="checked">
          <Checkbox>{t("marketDesk.subsidies.open_now")}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
