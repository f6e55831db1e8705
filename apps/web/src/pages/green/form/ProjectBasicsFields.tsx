import { EIA_STATUSES } from "@greenfin/contracts";
import { Col, Form, Input, InputNumber, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { OrgSelect } from "../../../components/OrgSelect";
import { useLang } from "../../../lib/labels";
import { GREEN_AREAS } from "../shared/areas";
import { CategoryCascader } from "../shared/CategoryCascader";

const YUAN = /^\d{1,15}(\.\d{1,2})?$/;
const INDUSTRY = /^[A-Ta-t]?\d{2,4}$/;

/** The project's own fields (zGreenProjectInput without parameters and benefits). */
export function ProjectBasicsFields({ needsOwner }: { needsOwner: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const req = { required: true, message: t("green.form.required") };
  const yuan = [req, { pattern: YUAN, message: t("green.form.amountInvalid") }];
  return (
    <>
      {needsOwner && (
        <Form.Item name="ownerOrgId" label={t("green.form.owner")} tooltip={t("green.form.ownerHint")} rules={[req]}>
          <OrgSelect kind="enterprise" testId="green-form-owner" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t("green.form.name")} rules={[req, { min: 2 }, { max: 200 }]}>
        <Input placeholder={t("green.form.namePh")} data-testid="green-form-name" maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t("green.form.description")} rules={[req, { min: 10 }, { max: 10_000 }]}>
        <Input.TextArea
          rows={5}
          placeholder={t("green.form.descriptionPh")}
          data-testid="green-form-description"
          showCount
          maxLength={10_000}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="area" label={t("green.form.area")} rules={[req]}>
            <Select
              data-testid="green-form-area"
              options={GREEN_AREAS.map((a) => ({ value: a.zh, label: lang === "en" ? a.en : a.zh }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="address" label={t("green.form.address")}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="industryCode"
            label={t("green.form.industry")}
            tooltip={t("green.form.industryHint")}
            rules={[req, { pattern: INDUSTRY, message: t("green.form.industryPh") }]}
          >
            <Input placeholder={t("green.form.industryPh")} data-testid="green-form-industry" maxLength={10} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="declaredCategory" label={t("green.form.declared")} tooltip={t("green.form.declaredHint")}>
            <CategoryCascader testId="green-form-declared" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="totalInvestment" label={t("green.form.investment")} rules={yuan}>
            <Input inputMode="decimal" data-testid="green-form-investment" suffix={t("green.yuan")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="financingNeed" label={t("green.form.need")} rules={yuan}>
            <Input inputMode="decimal" data-testid="green-form-need" suffix={t("green.yuan")} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="startYear" label={t("green.form.startYear")}>
            <InputNumber min={1990} max={2100} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="operationYear" label={t("green.form.operationYear")}>
            <InputNumber min={1990} max={2100} style={{ width: "100%" }} data-testid="green-form-operation-year" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="eiaStatus" label={t("green.form.eia")} rules={[req]}>
            <Select options={EIA_STATUSES.map((s) => ({ value: s, label: t(`green.eia.${s}`) }))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
