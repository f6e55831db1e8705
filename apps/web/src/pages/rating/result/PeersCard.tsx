import type { TRatingResultDetail } from "@greenfin/contracts";
import { Card, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { GradeDistributionChart } from "../runs/GradeDistributionChart";
import { fixed } from "../shared/format";

/** The industry group's final grades in the same run, without names, with the entity's own grade marked. */
export function PeersCard({ detail }: { detail: TRatingResultDetail }) {
  const { t } = useTranslation();
  const p = detail.peers;
  return (
    <Card variant="borderless" title={t("rating.result.peers")} data-testid="result-peers" style={{ height: "100%" }}>
      <div className="gf-sub">{t("rating.result.peersHint", { count: p.peers })}</div>
      <GradeDistributionChart
        counts={p.gradeCounts}
        highlight={{ grade: detail.result.finalGrade, label: t("rating.result.peerYou") }}
        height={230}
        testId="rating-peer-chart"
      />
      <Statistic
        value={Number(p.percentileRank)}
        precision={1}
        suffix="%"
        title={t("rating.result.peerRank", { pct: p.percentileRank })}
        valueStyle={{ fontSize: 20 }}
      />
      <div className="gf-sub" style={{ marginTop: 4 }}>
        {t("rating.result.peerStats", {
          min: fixed(p.min),
          q1: fixed(p.q1),
          median: fixed(p.median),
          q3: fixed(p.q3),
          max: fixed(p.max),
        })}
      </div>
    </Card>
  );
}
