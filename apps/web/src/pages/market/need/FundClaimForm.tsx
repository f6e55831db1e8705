import type { TNeedClaim } from "@greenfin/contracts";
import { Button, Col, Form, Input, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { marketNeedsApi, useEnterprisePledges } from "../../../api/marketNeeds";
import { useSession } from "../../../app/auth";
import { useLang } from "../../../lib/labels";
import { formatYuan, YUAN_TEXT } from "../needs-shared/format";
import { useMarketAction } from "../needs-shared/useMarketAction";

interface Values {
  amount: string;
  loanReference: string;
  pledgeId?: string;
}

/**
 * 记录放款: the chosen institution records the loan as drawn (at most the approved amount), its loan reference and
 * optionally the pledge it registered on the enterprise's carbon assets for it; the need becomes funded.
 */
export function FundClaimForm({ claim }: { claim: TNeedClaim }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useMarketAction();
  const pledges = useEnterprisePledges(claim.enterpriseOrgId);
  const amount = Form.useWatch("amount", form);
  const mine = (pledges.data ?? []).filter((p) => p.pledgeeOrgId === session.activeOrg.id && p.status === "active");
  const req = { required: true, message: t("market.form.required") };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await run(
      () =>
        marketNeedsApi.fund(claim.id, {
          amount: v.amount.trim(),
          loanReference: v.loanReference.trim(),
          ...(v.pledgeId ? { pledgeId: v.pledgeId } : {}),
        }),
      () => t("market.fund.done"),
      form,
    );
  };

  return (
    <div data-testid="fund-claim">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t("market.fund.title")}
      </Typography.Title>
      <Form<Values> form={form} layout="vertical" initialValues={{ amount: claim.approvedAmount ?? undefined }}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="amount"
              label={t("market.fund.amount")}
              rules={[req, { pattern: YUAN_TEXT, message: t("market.form.amountInvalid") }]}
              extra={
                amount && YUAN_TEXT.test(amount)
                  ? `${formatYuan(amount, lang)} · ${t("market.fund.max", { amount: formatYuan(claim.approvedAmount, lang) })}`
                  : t("market.fund.max", { amount: formatYuan(claim.approvedAmount, lang) })
              }
            >
              <Input inputMode="decimal" suffix={t("market.unit.yuan")} data-testid="fund-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="loanReference" label={t("market.fund.loanReference")} rules={[req, { max: 100 }]}>
              <Input data-testid="fund-loan-reference" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="pledgeId"
              label={t("market.fund.pledge")}
              extra={
                <span>
                  {t("market.fund.pledgeHint")} <Link to="/market/pledges">{t("market.fund.registerPledge")}</Link>
                </span>
              }
            >
              <Select
                allowClear
                loading={pledges.isLoading}
                placeholder={mine.length === 0 ? t("market.fund.noPledge") : undefined}
                options={mine.map((p) => ({
                  value: p.id,
                  label: `${p.refNo} · ${p.quantity} ${p.unit} · ${formatYuan(p.securedAmount, lang)} · ${p.loanReference}`,
                }))}
                data-testid="fund-pledge"
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="fund-submit">
          {t("market.fund.submit")}
        </Button>
      </Form>
    </div>
  );
}
