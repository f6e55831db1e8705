import {
  COLLATERAL_KINDS,
  DATA_CONSENTS,
  ENTERPRISE_SIZES,
  FINANCE_PURPOSES,
  MARKET_PRODUCT_FAMILIES,
  MARKET_SUB_TYPES_BY_FAMILY,
  type TMarketProductInput,
} from "@greenfin/contracts";
import { Alert, Checkbox, Col, Divider, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { marketCatalogueApi, marketCatalogueKeys, usePricingTemplates } from "../../../api/marketCatalogue";
import { INDUSTRY_SECTIONS } from "../../../lib/industry";
import { useLang } from "../../../lib/labels";
import { named } from "../../green/shared/format";
import { ESG_GRADES, useDeskLabel } from "./deskLabels";
import { PricingTableView } from "./PricingTableView";
import { useDeskSave } from "./useDeskSave";

type Range = { min?: number | null; max?: number | null };
type Values = Omit<TMarketProductInput, "eligibility" | "rate"> & {
  rate?: { min?: string; max?: string };
  eligibility: Omit<TMarketProductInput["eligibility"], "amount" | "tenorMonths"> & {
    amount?: Range;
    tenorMonths?: Range;
  };
};

const range = (r: Range | undefined) => {
  const out: { min?: number; max?: number } = {};
  if (r?.min !== undefined && r.min !== null) out.min = r.min;
  if (r?.max !== undefined && r.max !== null) out.max = r.max;
  return Object.keys(out).length ? out : undefined;
};
const list = <T,>(a: T[] | undefined) => (a?.length ? a : undefined);

/** The body the API takes: empty rules left out (an absent rule places no condition). */
function toBody(v: Values): TMarketProductInput {
  const e = v.eligibility ?? {};
  const eligibility: TMarketProductInput["eligibility"] = {
    industries: list(e.industries),
    catalogueCategories: list(e.catalogueCategories),
    minEsgGrade: e.minEsgGrade || undefined,
    maxCarbonGrade: e.maxCarbonGrade ?? undefined,
    amount: range(e.amount),
    tenorMonths: range(e.tenorMonths),
    collateral: list(e.collateral),
    enterpriseSizes: list(e.enterpriseSizes),
    purposes: list(e.purposes),
    requiredConsents: list(e.requiredConsents),
  };
  const rate =
    v.rate?.min?.trim() && v.rate?.max?.trim() ? { min: v.rate.min.trim(), max: v.rate.max.trim() } : undefined;
  return {
    productKey: v.productKey.trim(),
    family: v.family,
    subType: v.subType || undefined,
    nameZh: v.nameZh.trim(),
    nameEn: v.nameEn.trim(),
    description: v.description?.trim() || undefined,
    eligibility: JSON.parse(JSON.stringify(eligibility)),
    rate,
    pricingTemplate: v.pricingTemplate || undefined,
    draft: v.draft || undefined,
  };
}

/** 发布产品: a product or a new version of one (same key), with its rules, rate range and pricing template. */
export function ProductFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useDeskLabel();
  const [form] = Form.useForm<Values>();
  const family = Form.useWatch("family", form) ?? "green_credit";
  const subType = Form.useWatch("subType", form);
  const templateKey = Form.useWatch("pricingTemplate", form);
  const templates = usePricingTemplates();
  const template = templates.data?.find((x) => x.key === templateKey);
  const req = { required: true, message: t("marketDesk.form.required") };
  const { save, saving } = useDeskSave(
    form,
    async (v) => {
      const body = toBody(v);
      await marketCatalogueApi.publishProduct(body);
      return body.draft ? t("marketDesk.form.draftSaved") : t("marketDesk.form.published");
    },
    onClose,
    [marketCatalogueKeys.productsAll],
  );
  const opts = (codes: readonly string[], group: Parameters<typeof label>[0]) =>
    codes.map((c) => ({ value: c, label: label(group, c) }));
  const templateOptions = [...(templates.data ?? [])]
    .sort((a, b) => Number(b.subType === subType) - Number(a.subType === subType))
    .map((x) => ({ value: x.key, label: `${named(x, lang)} · ${label("subType", x.subType)}` }));
  return (
    <Modal
      open
      width={860}
      title={t("marketDesk.form.titleProduct")}
      onOk={() => void save()}
      okButtonProps={{ "data-testid": "product-form-submit" }}
      okText={t("marketDesk.common.submit")}
      cancelText={t("marketDesk.common.cancel")}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="product-form"
        initialValues={{ family: "green_credit", eligibility: {} }}
        onValuesChange={(changed) => {
          if ("family" in changed) form.setFieldValue("subType", undefined);
        }}
      >
        <Divider titlePlacement="start" plain>
          {t("marketDesk.form.sectionBasics")}
        </Divider>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="family" label={t("marketDesk.form.family")} rules={[req]}>
              <Select options={opts(MARKET_PRODUCT_FAMILIES, "family")} data-testid="product-form-family" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="subType" label={t("marketDesk.form.subType")}>
              <Select
                allowClear
                options={opts(MARKET_SUB_TYPES_BY_FAMILY[family], "subType")}
                data-testid="product-form-subtype"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="productKey"
              label={t("marketDesk.form.productKey")}
              tooltip={t("marketDesk.form.productKeyHint")}
              rules={[req, { pattern: /^[a-z0-9][a-z0-9-]{1,62}$/, message: t("marketDesk.form.productKeyHint") }]}
            >
              <Input className="gf-green-mono" data-testid="product-form-key" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameZh" label={t("marketDesk.form.nameZh")} rules={[req, { max: 200 }]}>
              <Input data-testid="product-form-name-zh" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t("marketDesk.form.nameEn")} rules={[req, { max: 200 }]}>
              <Input data-testid="product-form-name-en" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t("marketDesk.form.description")} rules={[{ max: 5000 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t("marketDesk.form.sectionEligibility")}
        </Divider>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name={["eligibility", "industries"]}
              label={t("marketDesk.form.industries")}
              tooltip={t("marketDesk.form.industriesHint")}
            >
              <Select
                mode="tags"
                tokenSeparators={[",", " "]}
                options={INDUSTRY_SECTIONS.map((s) => ({
                  value: s.code,
                  label: `${s.code} ${lang === "en" ? s.en : s.zh}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={["eligibility", "catalogueCategories"]}
              label={t("marketDesk.form.catalogue")}
              tooltip={t("marketDesk.form.catalogueHint")}
            >
              <Select mode="tags" tokenSeparators={[",", " "]} open={false} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={["eligibility", "minEsgGrade"]} label={t("marketDesk.form.minEsgGrade")}>
              <Select allowClear options={ESG_GRADES.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={["eligibility", "maxCarbonGrade"]} label={t("marketDesk.form.maxCarbonGrade")}>
              <Select allowClear options={[1, 2, 3, 4, 5].map((g) => ({ value: g, label: String(g) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={["eligibility", "amount", "min"]} label={t("marketDesk.form.amountMin")}>
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={["eligibility", "amount", "max"]} label={t("marketDesk.form.amountMax")}>
              <InputNumber min={1} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={["eligibility", "tenorMonths", "min"]} label={t("marketDesk.form.tenorMin")}>
              <InputNumber min={0} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={["eligibility", "tenorMonths", "max"]} label={t("marketDesk.form.tenorMax")}>
              <InputNumber min={1} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={["eligibility", "collateral"]} label={t("marketDesk.form.collateral")}>
              <Select mode="multiple" options={opts(COLLATERAL_KINDS, "collateral")} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={["eligibility", "enterpriseSizes"]} label={t("marketDesk.form.sizes")}>
              <Select mode="multiple" options={opts(ENTERPRISE_SIZES, "size")} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={["eligibility", "purposes"]} label={t("marketDesk.form.purposes")}>
              <Select mode="multiple" options={opts(FINANCE_PURPOSES, "purpose")} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={["eligibility", "requiredConsents"]} label={t("marketDesk.form.consents")}>
              <Select mode="multiple" options={opts(DATA_CONSENTS, "consent")} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t("marketDesk.form.sectionPricing")}
        </Divider>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item
              name={["rate", "min"]}
              label={t("marketDesk.form.rateMin")}
              rules={[{ pattern: /^\d{1,3}(\.\d{1,4})?$/, message: "3.85" }]}
            >
              <Input placeholder="3.10" data-testid="product-form-rate-min" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name={["rate", "max"]}
              label={t("marketDesk.form.rateMax")}
              rules={[{ pattern: /^\d{1,3}(\.\d{1,4})?$/, message: "4.20" }]}
            >
              <Input placeholder="4.20" data-testid="product-form-rate-max" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="pricingTemplate"
              label={t("marketDesk.pricing.template")}
              tooltip={t("marketDesk.pricing.templateHint")}
            >
              <Select
                allowClear
                placeholder={t("marketDesk.pricing.templateNone")}
                loading={templates.isLoading}
                disabled={!!templates.error}
                options={templateOptions}
                data-testid="product-form-template"
              />
            </Form.Item>
          </Col>
        </Row>
        {templates.error ? (
          <Alert
            type="info"
            showIcon
            message={t("marketDesk.pricing.templatesUnavailable")}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        {template && (
          <div style={{ marginBottom: 12 }} data-testid="product-form-template-preview">
            <Divider titlePlacement="start" plain>
              {t("marketDesk.pricing.preview")}
            </Divider>
            <PricingTableView table={template.table} pricingRef={template.ref} />
          </div>
        )}
        <Form.Item name="draft" valuePropName="checked">
          <Checkbox data-testid="product-form-draft">{t("marketDesk.form.draft")}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
