import {
  CARBON_ASSET_KINDS,
  CARBON_ASSET_UNIT_OF_KIND,
  CARBON_HOLDING_SOURCES,
  CARBON_KINDS_WITH_COMPLIANCE_YEAR,
  CARBON_KINDS_WITH_VINTAGE,
  EMISSION_RIGHT_POLLUTANTS,
  type TCarbonHoldingInput,
} from "@greenfin/contracts";
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { marketCatalogueApi, marketCatalogueKeys } from "../../../api/marketCatalogue";
import { OrgSelect } from "../../../components/OrgSelect";
import { fmtDec } from "../../green/shared/format";
import { useDeskLabel } from "../products/deskLabels";
import { useDeskSave } from "../products/useDeskSave";

type Kind = TCarbonHoldingInput["kind"];
type Values = Omit<TCarbonHoldingInput, "source" | "unit"> & { source?: string[] };

const DECIMAL3 = /^\d{1,15}(\.\d{1,3})?$/;
const POSITIVE = /[1-9]/;

/**
 * 登记碳资产: an enterprise records what it holds in the registry (allowances of a compliance year, CCERs or sink
 * income of a vintage, an emission right of a pollutant); the district records it for any enterprise. The server
 * checks it whole and its field problems land on the fields.
 */
export function HoldingFormModal({
  forAnyEnterprise,
  onClose,
  onRecorded,
}: {
  forAnyEnterprise: boolean;
  onClose: () => void;
  onRecorded?: () => void;
}) {
  const { t } = useTranslation();
  const label = useDeskLabel();
  const [form] = Form.useForm<Values>();
  const kind: Kind = Form.useWatch("kind", form) ?? "cea_allowance";
  const unit = CARBON_ASSET_UNIT_OF_KIND[kind];
  const req = { required: true, message: t("marketDesk.form.required") };
  const year = { type: "integer" as const, min: 2000, max: 2100, message: t("marketDesk.holdingForm.yearInvalid") };
  const { save, saving } = useDeskSave(
    form,
    async (v) => {
      const body: TCarbonHoldingInput = {
        ...(forAnyEnterprise && v.orgId ? { orgId: v.orgId } : {}),
        kind: v.kind,
        quantity: v.quantity.trim(),
        unit: CARBON_ASSET_UNIT_OF_KIND[v.kind],
        ...(CARBON_KINDS_WITH_COMPLIANCE_YEAR.includes(v.kind) && v.complianceYear
          ? { complianceYear: v.complianceYear }
          : {}),
        ...(CARBON_KINDS_WITH_VINTAGE.includes(v.kind) && v.vintage ? { vintage: v.vintage } : {}),
        ...(v.kind === "emission_right" && v.pollutant ? { pollutant: v.pollutant } : {}),
        registryRef: v.registryRef.trim(),
        source: (v.source?.[0] ?? "").trim(),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      };
      const h = await marketCatalogueApi.recordHolding(body);
      return t("marketDesk.holdingForm.recorded", {
        kind: label("assetKind", h.kind),
        quantity: fmtDec(h.quantity, 3, 0),
        unit: h.unit,
      });
    },
    () => {
      onRecorded?.();
      onClose();
    },
    [marketCatalogueKeys.carbonAssets, marketCatalogueKeys.overview],
  );
  return (
    <Modal
      open
      width={680}
      title={t("marketDesk.holdingForm.title")}
      onOk={() => void save()}
      okText={t("marketDesk.common.submit")}
      okButtonProps={{ "data-testid": "holding-form-submit" }}
      cancelText={t("marketDesk.common.cancel")}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("marketDesk.holdingForm.intro")} />
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="holding-form"
        initialValues={{ kind: "cea_allowance", complianceYear: new Date().getFullYear() - 1 }}
      >
        {forAnyEnterprise && (
          <Form.Item
            name="orgId"
            label={t("marketDesk.holdingForm.org")}
            tooltip={t("marketDesk.holdingForm.orgHint")}
            rules={[req]}
          >
            <OrgSelect kind="enterprise" testId="holding-form-org" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t("marketDesk.holdingForm.kind")} rules={[req]}>
              <Select
                options={CARBON_ASSET_KINDS.map((k) => ({ value: k, label: label("assetKind", k) }))}
                data-testid="holding-form-kind"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="quantity"
              label={t("marketDesk.holdingForm.quantity")}
              rules={[
                req,
                {
                  validator: (_, v?: string) =>
                    !v || (DECIMAL3.test(v.trim()) && POSITIVE.test(v))
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("marketDesk.holdingForm.quantityInvalid"))),
                },
              ]}
            >
              <Input inputMode="decimal" suffix={unit} data-testid="holding-form-quantity" />
            </Form.Item>
          </Col>
          {CARBON_KINDS_WITH_COMPLIANCE_YEAR.includes(kind) && (
            <Col span={12}>
              <Form.Item name="complianceYear" label={t("marketDesk.holdingForm.complianceYear")} rules={[req, year]}>
                <InputNumber precision={0} style={{ width: "100%" }} data-testid="holding-form-compliance-year" />
              </Form.Item>
            </Col>
          )}
          {CARBON_KINDS_WITH_VINTAGE.includes(kind) && (
            <Col span={12}>
              <Form.Item name="vintage" label={t("marketDesk.holdingForm.vintage")} rules={[year]}>
                <InputNumber precision={0} style={{ width: "100%" }} data-testid="holding-form-vintage" />
              </Form.Item>
            </Col>
          )}
          {kind === "emission_right" && (
            <Col span={12}>
              <Form.Item name="pollutant" label={t("marketDesk.holdingForm.pollutant")} rules={[req]}>
                <Select
                  options={EMISSION_RIGHT_POLLUTANTS.map((p) => ({ value: p, label: p }))}
                  data-testid="holding-form-pollutant"
                />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item
              name="registryRef"
              label={t("marketDesk.holdingForm.registryRef")}
              rules={[req, { whitespace: true, message: t("marketDesk.form.required") }, { max: 200 }]}
            >
              <Input placeholder={t("marketDesk.holdingForm.registryRefPh")} data-testid="holding-form-registry" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="source"
              label={t("marketDesk.holdingForm.source")}
              extra={t("marketDesk.holdingForm.sourceHint")}
              rules={[req]}
            >
              <Select
                mode="tags"
                maxCount={1}
                options={CARBON_HOLDING_SOURCES.map((s) => ({ value: s, label: label("holdingSource", s) }))}
                data-testid="holding-form-source"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t("marketDesk.holdingForm.note")} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={2} data-testid="holding-form-note" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
