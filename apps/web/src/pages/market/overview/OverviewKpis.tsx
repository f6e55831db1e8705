import { AlertOutlined, BankOutlined, FileSearchOutlined, LockOutlined, PercentageOutlined } from "@ant-design/icons";
import type { TMarketOverview } from "@greenfin/contracts";
import { Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { KpiCard } from "../../../components/KpiCard";
import { useLang } from "../../../lib/labels";
import { formatYuan, yuanInLargeUnit } from "../../../lib/money";

/** The marketplace in six figures: posted, funded (count and amount), mean funded rate, pledges, unmatched needs. */
export function OverviewKpis({ data }: { data: TMarketOverview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const span = { xs: 24, sm: 12, lg: 8, xl: 4 } as const;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col {...span}>
        <KpiCard
          icon={<FileSearchOutlined />}
          color="#0b5d3f"
          label={t("marketDesk.overview.posted")}
          value={data.needs.posted}
          foot={t("marketDesk.overview.postedAmount", { amount: formatYuan(data.needs.postedAmount, lang) })}
          testId="kpi-posted"
        />
      </Col>
      <Col {...span}>
        <KpiCard
          icon={<BankOutlined />}
          color="#1677ff"
          label={t("marketDesk.overview.funded")}
          value={data.funnel.funded}
          testId="kpi-funded"
        />
      </Col>
      <Col {...span}>
        <KpiCard
          icon={<BankOutlined />}
          color="#13a8a8"
          label={t("marketDesk.overview.fundedAmount")}
          value={yuanInLargeUnit(data.funnel.fundedAmount, lang).value}
          unit={yuanInLargeUnit(data.funnel.fundedAmount, lang).unit}
          small
          testId="kpi-funded-amount"
        />
      </Col>
      <Col {...span}>
        <KpiCard
          icon={<PercentageOutlined />}
          color="#722ed1"
          label={t("marketDesk.overview.meanRate")}
          value={data.funnel.meanFundedRate ?? "—"}
          unit={data.funnel.meanFundedRate ? "%" : undefined}
          testId="kpi-mean-rate"
        />
      </Col>
      <Col {...span}>
        <KpiCard
          icon={<LockOutlined />}
          color="#d48806"
          label={t("marketDesk.overview.activePledges")}
          value={data.pledges.active}
          foot={t("marketDesk.overview.securedAmount", { amount: formatYuan(data.pledges.securedAmount, lang) })}
          testId="kpi-pledges"
        />
      </Col>
      <Col {...span}>
        <KpiCard
          icon={<AlertOutlined />}
          color="#cf1322"
          label={t("marketDesk.overview.unmatched")}
          value={data.needs.unmatched}
          foot={t("marketDesk.overview.unmatchedFoot")}
          testId="kpi-unmatched"
        />
      </Col>
    </Row>
  );
}
