import { zEnterpriseSize, zOrgKind } from "@greenfin/contracts";
import { AutoComplete, Col, Divider, Form, Input, InputNumber, Row, Select } from "antd";
import { useTranslation } from "react-i18next";
import { INSTITUTION_TYPE_CODES, institutionTypeLabel } from "../../../lib/institutionTypes";
import { type OrgKind, useLang } from "../../../lib/labels";

export interface OrgFormValues {
  kind: OrgKind;
  nameZh: string;
  nameEn: string;
  uscc?: string;
  industryCode?: string;
  size?: string;
  employees?: number | null;
  revenueCny?: string;
  area?: string;
  address?: string;
  institutionType?: string;
}

/** Drop empty strings and nulls so optional fields are simply left out of the request. */
export function cleanOrgValues<T extends object>(v: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(v).filter(([, x]) => x !== undefined && x !== null && !(typeof x === "string" && x.trim() === "")),
  ) as Partial<T>;
}

/** The organisation fields; enterprise-only and institution-only fields follow the chosen kind. */
export function OrgFormFields({ kind, kindEditable }: { kind: OrgKind | undefined; kindEditable: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const required = { required: true, message: t("validation.required") };
  const isEnterprise = kind === "enterprise";
  return (
    <>
      <Form.Item name="kind" label={t("org.kind")} rules={[required]}>
        <Select
          disabled={!kindEditable}
          options={zOrgKind.options.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="nameZh"
            label={t("org.nameZh")}
            rules={[required, { min: 2, message: t("validation.tooShort", { min: 2 }) }]}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="nameEn"
            label={t("org.nameEn")}
            rules={[required, { min: 2, message: t("validation.tooShort", { min: 2 }) }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {isEnterprise ? t("orgs.enterpriseFields") : t("orgs.institutionFields")}
      </Divider>
      <Form.Item
        name="uscc"
        label={t("org.uscc")}
        rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, message: t("validation.uscc") }]}
        normalize={(v: string) => v?.toUpperCase()}
      >
        <Input maxLength={18} className="gf-mono" />
      </Form.Item>
      {isEnterprise ? (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="industryCode"
              label={t("org.industryCode")}
              rules={[{ pattern: /^[A-T](\d{2}(\d{1,2})?)?$/, message: t("validation.industryCode") }]}
              normalize={(v: string) => v?.toUpperCase()}
            >
              <Input maxLength={5} placeholder="C3011" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="size" label={t("org.size")}>
              <Select allowClear options={zEnterpriseSize.options.map((s) => ({ value: s, label: t(`sizes.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="employees" label={t("org.employees")}>
              <InputNumber min={0} max={10_000_000} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="revenueCny"
              label={t("org.revenueYuan")}
              rules={[{ pattern: /^\d{1,16}(\.\d{1,2})?$/, message: t("validation.amount") }]}
            >
              <Input inputMode="decimal" placeholder="125000000.00" />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item name="institutionType" label={t("org.institutionType")}>
          <AutoComplete
            maxLength={60}
            options={INSTITUTION_TYPE_CODES.map((c) => ({
              value: c,
              label: `${institutionTypeLabel(c, lang)} (${c})`,
            }))}
            showSearch={{
              filterOption: (input, o) =>
                String(o?.label ?? "")
                  .toLowerCase()
                  .includes(input.toLowerCase()),
            }}
          />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="area" label={t("org.area")}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="address" label={t("org.address")}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
