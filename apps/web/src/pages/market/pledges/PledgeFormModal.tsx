import type { TCarbonHolding, TCarbonPledgeInput } from "@greenfin/contracts";
import { Alert, Col, DatePicker, Descriptions, Form, Input, Modal, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import {
  marketCatalogueApi,
  marketCatalogueKeys,
  useCarbonHoldings,
  usePricingTemplates,
} from "../../../api/marketCatalogue";
import { useLang } from "../../../lib/labels";
import { formatYuanExact } from "../../../lib/money";
import { fmtDec, named } from "../../green/shared/format";
import { useDeskLabel } from "../products/deskLabels";
import { useDeskSave } from "../products/useDeskSave";
import { nameIn } from "../shared/names";
import { type TraceStep, TraceTable } from "./TraceTable";

type Values = Omit<TCarbonPledgeInput, "termStart" | "termEnd"> & { termStart: Dayjs; termEnd: Dayjs };

/** The reference set's pledge products and the asset kinds each takes (market-pricing@2026.1 products.json). */
const PLEDGE_PRODUCTS: Record<string, { subType: string; keys: string[] }> = {
  cea_allowance: { subType: "carbon_quota_pledge", keys: ["carbon-quota-pledge-retrofit"] },
  ccer_issued: { subType: "ccer_future_income_pledge", keys: ["ccer-future-income-pledge"] },
  ccer_expected: { subType: "ccer_future_income_pledge", keys: ["ccer-future-income-pledge"] },
  emission_right: { subType: "emission_right_pledge", keys: ["emission-right-pledge"] },
  carbon_sink_future: { subType: "carbon_sink_future_income_pledge", keys: ["carbon-sink-future-income-pledge"] },
};

const DECIMAL3 = /^\d+(\.\d{1,3})?$/;
const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

/** What the API said when it refused: double pledging (held / pledged / free) or a loan above the maximum. */
function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.status === 0) return null;
  const d = (error.details ?? {}) as {
    held?: string;
    pledged?: string;
    free?: string;
    requested?: string;
    shortfall?: string;
    unit?: string;
    maxLoan?: string;
    collateralValue?: string;
    trace?: TraceStep[];
  };
  const doublePledge = error.code === "CONFLICT" && d.free !== undefined;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="pledge-form-refusal"
      message={t("marketDesk.pledgeForm.refused")}
      description={
        <>
          {doublePledge && <div style={{ fontWeight: 600 }}>{t("marketDesk.pledgeForm.doublePledge")}</div>}
          <div>{error.message}</div>
          {doublePledge && (
            <Descriptions size="small" column={4} style={{ marginTop: 8 }}>
              <Descriptions.Item label={t("marketDesk.pledges.quantity")}>{d.held}</Descriptions.Item>
              <Descriptions.Item label={t("marketDesk.pledges.pledged")}>{d.pledged}</Descriptions.Item>
              <Descriptions.Item label={t("marketDesk.pledges.free")}>{d.free}</Descriptions.Item>
              <Descriptions.Item label={t("marketDesk.pledgeForm.quantity")}>{d.requested}</Descriptions.Item>
            </Descriptions>
          )}
          {d.maxLoan && (
            <div style={{ marginTop: 8 }}>
              {t("marketDesk.pledges.maxLoan")}: <b>{formatYuanExact(d.maxLoan)}</b> ·{" "}
              {t("marketDesk.pledges.collateralValue")}: {formatYuanExact(d.collateralValue)}
            </div>
          )}
          {d.trace && d.trace.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <TraceTable steps={d.trace} />
            </div>
          )}
        </>
      }
    />
  );
}

/** 登记质押: a bank pledges part of a financed enterprise's holding as security for its loan. */
export function PledgeFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useDeskLabel();
  const [form] = Form.useForm<Values>();
  const holdings = useCarbonHoldings();
  const templates = usePricingTemplates();
  const holdingId = Form.useWatch("holdingId", form);
  const quantity = Form.useWatch("quantity", form);
  const holding: TCarbonHolding | undefined = holdings.data?.find((h) => h.id === holdingId);
  const pledgeable = (holdings.data ?? []).filter((h) => Number(h.free) > 0 || h.id === holdingId);
  const productOptions = (() => {
    if (!holding) return [];
    const fit = PLEDGE_PRODUCTS[holding.kind];
    const fromTemplates = (templates.data ?? []).filter((x) => x.subType === fit?.subType);
    if (fromTemplates.length > 0)
      return fromTemplates.map((x) => ({ value: x.key, label: `${named(x, lang)} (${x.key})` }));
    return (fit?.keys ?? []).map((k) => ({ value: k, label: k }));
  })();
  const overFree = holding && quantity && DECIMAL3.test(quantity) && Number(quantity) > Number(holding.free);
  const req = { required: true, message: t("marketDesk.form.required") };
  const { save, saving, error } = useDeskSave(
    form,
    async (v) => {
      const pledge = await marketCatalogueApi.registerPledge({
        holdingId: v.holdingId,
        quantity: v.quantity.trim(),
        productKey: v.productKey,
        loanReference: v.loanReference.trim(),
        securedAmount: v.securedAmount.trim(),
        termStart: v.termStart.format("YYYY-MM-DD"),
        termEnd: v.termEnd.format("YYYY-MM-DD"),
      });
      return t("marketDesk.pledgeForm.registered", { refNo: pledge.refNo });
    },
    onClose,
    [marketCatalogueKeys.carbonAssets, marketCatalogueKeys.overview],
  );
  return (
    <Modal
      open
      width={760}
      title={t("marketDesk.pledgeForm.title")}
      onOk={() => void save()}
      okText={t("marketDesk.common.submit")}
      okButtonProps={{ "data-testid": "pledge-form-submit" }}
      cancelText={t("marketDesk.common.cancel")}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Refusal error={error} />
      {holdings.data && pledgeable.length === 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("marketDesk.pledgeForm.noHoldings")} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="pledge-form"
        initialValues={{ termStart: dayjs(), termEnd: dayjs().add(1, "year") }}
        onValuesChange={(changed: Partial<Values>) => {
          if ("holdingId" in changed) {
            const h = holdings.data?.find((x) => x.id === changed.holdingId);
            const keys = h ? PLEDGE_PRODUCTS[h.kind]?.keys : undefined;
            form.setFieldValue("productKey", keys?.[0]);
          }
        }}
      >
        <Form.Item
          name="holdingId"
          label={t("marketDesk.pledgeForm.holding")}
          tooltip={t("marketDesk.pledgeForm.holdingHint")}
          rules={[req]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={holdings.isLoading}
            data-testid="pledge-form-holding"
            options={pledgeable.map((h) => ({
              value: h.id,
              label: t("marketDesk.pledgeForm.holdingOption", {
                org: nameIn(h.orgName, h.orgNameEn, lang),
                kind: `${label("assetKind", h.kind)}${h.pollutant ? ` ${h.pollutant}` : ""}${h.vintage ? ` ${h.vintage}` : ""}`,
                free: fmtDec(h.free, 3, 0),
                unit: h.unit,
              }),
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="quantity"
              label={`${t("marketDesk.pledgeForm.quantity")}${holding ? ` (${holding.unit})` : ""}`}
              rules={[req, { pattern: DECIMAL3, message: "1000 / 1000.5" }]}
              validateStatus={overFree ? "warning" : undefined}
              help={overFree ? t("marketDesk.pledgeForm.exceedsFree", { free: fmtDec(holding.free, 3, 0) }) : undefined}
            >
              <Input data-testid="pledge-form-quantity" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="productKey"
              label={t("marketDesk.pledgeForm.productKey")}
              tooltip={t("marketDesk.pledgeForm.productKeyHint")}
              rules={[req]}
            >
              <Select options={productOptions} data-testid="pledge-form-product" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="loanReference"
              label={t("marketDesk.pledgeForm.loanReference")}
              rules={[req, { max: 100 }]}
            >
              <Input data-testid="pledge-form-loan" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="securedAmount"
              label={t("marketDesk.pledgeForm.securedAmount")}
              rules={[req, { pattern: YUAN, message: "5000000 / 5000000.00" }]}
            >
              <Input data-testid="pledge-form-amount" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="termStart" label={t("marketDesk.pledgeForm.termStart")} rules={[req]}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="termEnd" label={t("marketDesk.pledgeForm.termEnd")} rules={[req]}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
