import type { TClaimStepInput, TFinancingNeedDetail, TLinkedPrice, TNeedClaim } from "@greenfin/contracts";
import { Button, Col, Form, Input, Radio, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { marketNeedsApi } from "../../../api/marketNeeds";
import { useLang } from "../../../lib/labels";
import { formatYuan, RATE_TEXT, YUAN_TEXT } from "../needs-shared/format";
import { PriceExplain } from "../needs-shared/PriceExplain";
import { useMarketAction } from "../needs-shared/useMarketAction";

type Step = TClaimStepInput["step"];

interface Values {
  note?: string;
  decision?: "approved" | "declined";
  amount?: string;
  rate?: string;
  reasons?: string;
}

/** The step a claim waits on: respond, then visit, then decide (null once decided). */
export const nextStep = (c: TNeedClaim): Step | null =>
  !c.respondedAt ? "respond" : !c.visitedAt ? "visit" : !c.decidedAt ? "decide" : null;

/**
 * The institution records its claim's next step. Deciding "approved" takes the amount and a rate, which may be left
 * empty when the product has a pricing table: the quote shown (what the table gives this enterprise) is then the rate.
 */
export function ClaimStepForm({
  need,
  claim,
  quote,
  hasTable,
}: {
  need: TFinancingNeedDetail;
  claim: TNeedClaim;
  /** What the claim's product quotes this enterprise (null: no table or not eligible). */
  quote: TLinkedPrice | null;
  hasTable: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const { run, busy } = useMarketAction();
  const decision = Form.useWatch("decision", form);
  const amount = Form.useWatch("amount", form);
  const step = nextStep(claim);
  if (!step) return null;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const note = v.note?.trim() || undefined;
    const body: TClaimStepInput =
      step !== "decide"
        ? { step, ...(note ? { note } : {}) }
        : v.decision === "approved"
          ? {
              step,
              decision: "approved",
              amount: v.amount?.trim(),
              ...(v.rate?.trim() ? { rate: v.rate.trim() } : {}),
              ...(note ? { note } : {}),
            }
          : { step, decision: "declined", reasons: v.reasons?.trim(), ...(note ? { note } : {}) };
    const r = await run(
      () => marketNeedsApi.step(claim.id, body),
      () => t("market.step.done", { step: t(`market.stage.${step}`) }),
      form,
    );
    // Only the note carries over to the next step; the decision fields belong to the last step alone.
    if (r) form.resetFields(["note"]);
  };

  const req = { required: true, message: t("market.form.required") };
  return (
    <div data-testid="claim-step-form" data-step={step}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t("market.step.next", { step: t(`market.stage.${step}`) })}
      </Typography.Title>
      <Form<Values> form={form} layout="vertical" initialValues={{ decision: "approved", amount: need.amount }}>
        {step === "decide" && (
          <>
            <Form.Item name="decision" label={t("market.step.decision")} rules={[req]}>
              <Radio.Group>
                <Radio.Button value="approved">
                  <span data-testid="decision-approved">{t("market.decision.approved")}</span>
                </Radio.Button>
                <Radio.Button value="declined">
                  <span data-testid="decision-declined">{t("market.decision.declined")}</span>
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
            {decision !== "declined" ? (
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="amount"
                    label={t("market.step.amount")}
                    rules={[req, { pattern: YUAN_TEXT, message: t("market.form.amountInvalid") }]}
                    extra={amount && YUAN_TEXT.test(amount) ? formatYuan(amount, lang) : undefined}
                  >
                    <Input inputMode="decimal" suffix={t("market.unit.yuan")} data-testid="decide-amount" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="rate"
                    label={t("market.step.rate")}
                    rules={[...(hasTable ? [] : [req]), { pattern: RATE_TEXT, message: t("market.step.rateInvalid") }]}
                    extra={
                      hasTable
                        ? quote
                          ? t("market.step.rateFromQuote", { rate: `${quote.finalRatePercent}%` })
                          : t("market.step.rateFromTable")
                        : t("market.step.rateFree")
                    }
                  >
                    <Input
                      inputMode="decimal"
                      suffix="%"
                      placeholder={quote?.finalRatePercent}
                      data-testid="decide-rate"
                    />
                  </Form.Item>
                </Col>
                {quote && (
                  <Col span={24}>
                    <div className="gf-mk-quote">
                      <div className="gf-mk-sub">{t("market.step.quoteTitle")}</div>
                      <PriceExplain price={quote} />
                    </div>
                  </Col>
                )}
              </Row>
            ) : (
              <Form.Item name="reasons" label={t("market.step.reasons")} rules={[req, { max: 5000 }]}>
                <Input.TextArea rows={3} data-testid="decide-reasons" />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="note" label={t("market.step.note")} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} placeholder={t(`market.step.notePh.${step}`)} data-testid={`step-note-${step}`} />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid={`step-${step}`}>
          {t(`market.step.submit.${step}`)}
        </Button>
      </Form>
    </div>
  );
}
