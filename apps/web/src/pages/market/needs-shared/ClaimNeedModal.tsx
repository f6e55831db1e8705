import type { TFinancingNeed, TNeedClaim } from "@greenfin/contracts";
import { type ButtonProps, Descriptions, Form, Modal, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { marketNeedsApi, useMyProducts } from "../../../api/marketNeeds";
import { useLang } from "../../../lib/labels";
import { nameIn } from "../shared/names";
import { formatYuan } from "./format";
import { productName, purposeLabel } from "./labels";
import { useMarketAction } from "./useMarketAction";

/**
 * An institution claims a need (at most three do), naming the product it means to offer: one of its published
 * products the need matched when broadcast (any published one when none is listed).
 */
export function ClaimNeedModal({
  need,
  onClose,
  onClaimed,
}: {
  need: TFinancingNeed;
  onClose: () => void;
  onClaimed?: (claim: TNeedClaim) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<{ productId?: string }>();
  const products = useMyProducts();
  const { run, busy } = useMarketAction();
  const published = (products.data ?? []).filter((p) => p.status === "published");
  const matched = published.filter((p) => need.broadcastProductIds.includes(p.id));
  const options = (matched.length > 0 ? matched : published).map((p) => ({
    value: p.id,
    label: `${productName(p, lang === "en")} · v${p.version}`,
  }));

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const claim = await run(
      () => marketNeedsApi.claim(need.id, v.productId),
      () => t("market.claim.claimed"),
      form,
    );
    if (claim) {
      onClose();
      onClaimed?.(claim);
    }
  };

  return (
    <Modal
      open
      title={t("market.claim.title")}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t("market.claim.confirm")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "claim-need-confirm" } as ButtonProps}
      destroyOnHidden
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("market.col.enterprise")}>
          {nameIn(need.orgName, need.orgNameEn, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.col.amount")}>{formatYuan(need.amount, lang)}</Descriptions.Item>
        <Descriptions.Item label={t("market.col.tenor")}>
          {t("market.months", { count: need.tenorMonths })}
        </Descriptions.Item>
        <Descriptions.Item label={t("market.col.purpose")}>{purposeLabel(t, need.purpose)}</Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" initialValues={{ productId: options[0]?.value }} key={options[0]?.value}>
        <Form.Item name="productId" label={t("market.claim.product")} extra={t("market.claim.productHint")}>
          <Select allowClear loading={products.isLoading} options={options} data-testid="claim-product" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t("market.claim.hint", { count: need.claimCount })}
      </Typography.Paragraph>
    </Modal>
  );
}
