import type { TNeedClaim } from "@greenfin/contracts";
import { Card, Descriptions, Space, Table, Tag } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TClaimTimer, TStageTimer } from "../../../api/marketNeeds";
import { useLang } from "../../../lib/labels";
import { fmtRate, fmtWhen, formatYuan } from "../needs-shared/format";
import { PriceExplain } from "../needs-shared/PriceExplain";
import { StageTimerTag } from "../needs-shared/StageTimerTag";
import { nameIn } from "../shared/names";
import { LinkedLoanPanel } from "./LinkedLoanPanel";

const STAGES = ["respond", "visit", "decide"] as const;
type Stage = (typeof STAGES)[number];

const doneAt = (c: TNeedClaim, s: Stage) =>
  s === "respond" ? c.respondedAt : s === "visit" ? c.visitedAt : c.decidedAt;

/** A claim's decision as a tag. */
export function DecisionTag({ claim }: { claim: TNeedClaim }) {
  const { t } = useTranslation();
  if (claim.fundedAt) return <Tag color="green">{t("market.claim.funded")}</Tag>;
  if (claim.offerChosen) return <Tag color="purple">{t("market.claim.chosen")}</Tag>;
  if (claim.decision === "approved") return <Tag color="blue">{t("market.decision.approved")}</Tag>;
  if (claim.decision === "declined") return <Tag color="red">{t("market.decision.declined")}</Tag>;
  return <Tag color="processing">{t("market.claim.inProgress")}</Tag>;
}

/**
 * One institution's claim: each step's time against its deadline (the service-level timers), the decision with the
 * approved amount and rate and how that rate was made, and the loan once drawn. `actions` sits at the bottom.
 */
export function ClaimCard({
  claim,
  timer,
  productLabel,
  actions,
}: {
  claim: TNeedClaim;
  timer: TClaimTimer | undefined;
  productLabel?: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const stageTimer = (s: Stage): TStageTimer | undefined => timer?.timers?.stages.find((x) => x.stage === s);
  const rows = STAGES.map((s) => ({ stage: s, at: doneAt(claim, s), timer: stageTimer(s) }));
  return (
    <Card
      size="small"
      className={claim.offerChosen ? "gf-mk-claim chosen" : "gf-mk-claim"}
      title={
        <Space wrap size={[8, 0]}>
          <span>{nameIn(claim.orgName, claim.orgNameEn, lang)}</span>
          <DecisionTag claim={claim} />
        </Space>
      }
      extra={<span className="gf-mk-sub">{productLabel}</span>}
      data-testid={`claim-${claim.id}`}
      data-claim-org={claim.orgId}
    >
      <div className="gf-mk-sub" style={{ marginBottom: 6 }}>
        {t("market.claim.claimedAt")}
        {fmtWhen(claim.claimedAt)}
      </div>
      <Table
        size="small"
        rowKey="stage"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: "stage", title: t("market.claim.stage"), render: (_, r) => t(`market.stage.${r.stage}`) },
          {
            key: "at",
            title: t("market.claim.doneAt"),
            render: (_, r) => <span className="gf-mk-num">{fmtWhen(r.at)}</span>,
          },
          {
            key: "due",
            title: t("market.claim.deadline"),
            render: (_, r) =>
              r.timer ? (
                <Space size={4} wrap>
                  <span className="gf-mk-num gf-mk-sub">{fmtWhen(r.timer.dueAt)}</span>
                  <StageTimerTag timer={r.timer} />
                </Space>
              ) : (
                <span className="gf-mk-sub">{timer?.coverageError ?? "—"}</span>
              ),
          },
        ]}
      />
      {claim.decision && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
          {claim.decision === "approved" && (
            <>
              <Descriptions.Item label={t("market.claim.approvedAmount")}>
                <span className="gf-mk-num" data-testid="claim-approved-amount">
                  {formatYuan(claim.approvedAmount, lang)}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t("market.claim.rate")}>
                {claim.priceBasis ? (
                  <div style={{ width: "100%" }} data-testid="claim-rate" data-rate={claim.rate}>
                    {Number(claim.rate) !== Number(claim.priceBasis.finalRatePercent) && (
                      <div>
                        <b className="gf-mk-num">{fmtRate(claim.rate)}</b>{" "}
                        <span className="gf-mk-sub">{t("market.claim.differsFromQuote")}</span>
                      </div>
                    )}
                    <PriceExplain price={claim.priceBasis} />
                  </div>
                ) : (
                  <span className="gf-mk-num" data-testid="claim-rate" data-rate={claim.rate}>
                    {fmtRate(claim.rate)} <span className="gf-mk-sub">· {t("market.claim.freeRate")}</span>
                  </span>
                )}
              </Descriptions.Item>
            </>
          )}
          {claim.reasons && <Descriptions.Item label={t("market.claim.reasons")}>{claim.reasons}</Descriptions.Item>}
        </Descriptions>
      )}
      {claim.fundedAt && (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }} data-testid="claim-funded">
          <Descriptions.Item label={t("market.claim.fundedAmount")}>
            {formatYuan(claim.fundedAmount, lang)} · {fmtWhen(claim.fundedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t("market.claim.loanReference")}>
            <span className="gf-mk-mono">{claim.loanReference}</span>
          </Descriptions.Item>
          {claim.pledgeId && (
            <Descriptions.Item label={t("market.claim.pledge")}>
              <span className="gf-mk-mono">{claim.pledgeId.slice(0, 8)}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {claim.fundedAt && claim.priceBasis?.pricingRef.endsWith("#sustainability-linked-loan") && (
        <LinkedLoanPanel claimId={claim.id} />
      )}
      {actions && <div style={{ marginTop: 12 }}>{actions}</div>}
    </Card>
  );
}
