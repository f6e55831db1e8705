import type { TFinancingNeedInput } from "@greenfin/contracts";
import { Alert, Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { marketNeedsApi, useMyCertifiedProjects } from "../../../api/marketNeeds";
import { useLang } from "../../../lib/labels";
import { formatYuan, YUAN_TEXT } from "../needs-shared/format";
import { type CollateralKind, collateralOptions, type FinancePurpose, purposeOptions } from "../needs-shared/labels";
import { useMarketAction } from "../needs-shared/useMarketAction";

interface Values {
  amount: string;
  tenorMonths: number;
  purpose: FinancePurpose;
  description?: string;
  projectId?: string;
  collateral?: CollateralKind[];
  consents: { esg: boolean; carbon: boolean };
}

/**
 * 发布融资需求: amount, tenor, purpose, a certified green project, the collateral offered and whether to share the ESG
 * and carbon-efficiency grades. The server checks it whole; its field problems land on the fields.
 */
export function NeedFormDrawer({ onClose, onPosted }: { onClose: () => void; onPosted: (needId: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const projects = useMyCertifiedProjects();
  const { run, busy } = useMarketAction();
  const amount = Form.useWatch("amount", form);
  const req = { required: true, message: t("market.form.required") };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: TFinancingNeedInput = {
      amount: v.amount.trim(),
      tenorMonths: v.tenorMonths,
      purpose: v.purpose,
      ...(v.description?.trim() ? { description: v.description.trim() } : {}),
      ...(v.projectId ? { projectId: v.projectId } : {}),
      collateral: v.collateral ?? [],
      consents: { esg: !!v.consents.esg, carbon: !!v.consents.carbon },
    };
    const need = await run(
      () => marketNeedsApi.post(body),
      (n) => t("market.form.posted", { count: n.broadcastCount }),
      form,
    );
    if (need) {
      onClose();
      onPosted(need.id);
    }
  };

  return (
    <Drawer
      open
      size={640}
      title={t("market.form.title")}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="need-submit">
            {t("market.form.submit")}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ tenorMonths: 36, purpose: "project-investment", consents: { esg: false, carbon: false } }}
        data-testid="need-form"
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("market.form.intro")} />
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="amount"
              label={t("market.form.amount")}
              rules={[req, { pattern: YUAN_TEXT, message: t("market.form.amountInvalid") }]}
              extra={amount && YUAN_TEXT.test(amount) ? formatYuan(amount, lang) : t("market.form.amountHint")}
            >
              <Input inputMode="decimal" suffix={t("market.unit.yuan")} data-testid="need-amount" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="tenorMonths" label={t("market.form.tenor")} rules={[req]}>
              <InputNumber
                min={1}
                max={600}
                precision={0}
                style={{ width: "100%" }}
                suffix={t("market.unit.month")}
                data-testid="need-tenor"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="purpose" label={t("market.form.purpose")} rules={[req]}>
              <Select options={purposeOptions(t)} data-testid="need-purpose" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="projectId" label={t("market.form.project")} extra={t("market.form.projectHint")}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                loading={projects.isLoading}
                placeholder={
                  projects.data && projects.data.length === 0 ? t("market.form.noProject") : t("market.form.projectPh")
                }
                options={(projects.data ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.refNo} ${p.name}${p.category ? ` · ${p.category.code}` : ""}`,
                }))}
                data-testid="need-project"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="collateral" label={t("market.form.collateral")} extra={t("market.form.collateralHint")}>
              <Select mode="multiple" allowClear options={collateralOptions(t)} data-testid="need-collateral" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t("market.form.description")} rules={[{ max: 5000 }]}>
              <Input.TextArea rows={4} placeholder={t("market.form.descriptionPh")} data-testid="need-description" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={["consents", "esg"]}
              label={t("market.form.consentEsg")}
              valuePropName="checked"
              extra={t("market.form.consentEsgHint")}
            >
              <Switch data-testid="need-consent-esg" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={["consents", "carbon"]}
              label={t("market.form.consentCarbon")}
              valuePropName="checked"
              extra={t("market.form.consentCarbonHint")}
            >
              <Switch data-testid="need-consent-carbon" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
