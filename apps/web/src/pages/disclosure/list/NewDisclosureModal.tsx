import { Alert, Form, Modal, Select, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { EntityKind } from "../../../api/disclosure";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { useNewDisclosure } from "./useNewDisclosure";

/** "新建年度披露": reporting year and the frameworks to report under. */
export function NewDisclosureModal(p: {
  open: boolean;
  onClose: () => void;
  entityKind: EntityKind | null;
  portfolioLinkId?: string | null;
  title?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { form, submit, pending, frameworks, years } = useNewDisclosure(p);
  const required = { required: true, message: t("validation.required") };

  return (
    <Modal
      title={p.title ?? t("disclosure.create.title")}
      open={p.open}
      onCancel={p.onClose}
      onOk={submit}
      okText={t("common.create")}
      okButtonProps={{ "data-testid": "disclosure-create-ok" }}
      confirmLoading={pending}
      forceRender
      width={720}
    >
      {p.portfolioLinkId && (
        <Alert type="info" showIcon title={t("disclosure.create.portfolioNote")} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="year" label={t("disclosure.create.year")} rules={[required]}>
          <Select
            data-testid="disclosure-year"
            options={years.map((y) => ({ value: y, label: t("disclosure.create.yearOption", { year: y }) }))}
          />
        </Form.Item>
        <Form.Item
          name="frameworks"
          label={t("disclosure.create.frameworks")}
          rules={[required]}
          extra={t("disclosure.create.frameworksHelp")}
        >
          <Select
            mode="multiple"
            data-testid="disclosure-frameworks"
            loading={frameworks.isPending}
            optionFilterProp="search"
            placeholder={t("disclosure.create.frameworksPlaceholder")}
            options={(frameworks.data ?? []).map((f) => ({
              value: f.code,
              search: `${f.code} ${f.nameZh} ${f.nameEn}`,
              label: f.code,
              title: lang === "en" ? f.nameEn : f.nameZh,
              desc: (
                <div className="gf-dsc-fw-option">
                  <span className="gf-dsc-fw-name" title={lang === "en" ? f.nameEn : f.nameZh}>
                    <Typography.Text strong>{f.code}</Typography.Text>{" "}
                    <Typography.Text type="secondary">{lang === "en" ? f.nameEn : f.nameZh}</Typography.Text>
                  </span>
                  {f.suggested && <Tag color="green">{t("disclosure.create.suggested")}</Tag>}
                  <Tag>{t("disclosure.create.indicatorCount", { count: f.indicatorCount })}</Tag>
                </div>
              ),
            }))}
            optionRender={(o) => o.data.desc}
          />
        </Form.Item>
      </Form>
      {frameworks.error && <LoadError error={frameworks.error} onRetry={() => void frameworks.refetch()} />}
    </Modal>
  );
}
