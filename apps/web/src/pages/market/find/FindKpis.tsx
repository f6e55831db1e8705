import { BankOutlined, FileSearchOutlined, MoneyCollectOutlined } from "@ant-design/icons";
import type { TFinancingNeedDetail } from "@greenfin/contracts";
import { Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { KpiCard } from "../../../components/KpiCard";
import { useLang } from "../../../lib/labels";
import { sumYuan, yuanParts } from "../needs-shared/format";
import { needIsLive } from "../needs-shared/NeedStatusTag";

/** Open needs, approved offers received, and the amount drawn on funded needs. */
export function FindKpis({ needs, loading }: { needs: TFinancingNeedDetail[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const all = needs ?? [];
  const claims = all.flatMap((n) => n.claims);
  const open = all.filter((n) => needIsLive(n.status)).length;
  const offers = claims.filter((c) => c.decision === "approved").length;
  const funded = yuanParts(sumYuan(claims.map((c) => c.fundedAmount)), lang);
  const fundedNeeds = all.filter((n) => n.status === "funded").length;
  return (
    <Row gutter={[16, 16]} data-testid="find-kpis">
      <Col xs={24} md={8}>
        <KpiCard
          icon={<FileSearchOutlined />}
          color="#1677ff"
          label={t("market.find.kpiOpen")}
          value={open}
          unit={t("market.unit.needs")}
          foot={t("market.find.kpiOpenFoot", { count: all.length })}
          loading={loading}
          testId="kpi-open-needs"
        />
      </Col>
      <Col xs={24} md={8}>
        <KpiCard
          icon={<BankOutlined />}
          color="#722ed1"
          label={t("market.find.kpiOffers")}
          value={offers}
          unit={t("market.unit.offers")}
          foot={t("market.find.kpiOffersFoot", { count: claims.length })}
          loading={loading}
          testId="kpi-offers"
        />
      </Col>
      <Col xs={24} md={8}>
        <KpiCard
          icon={<MoneyCollectOutlined />}
          color="#0b5d3f"
          label={t("market.find.kpiFunded")}
          value={funded.value}
          unit={funded.unit}
          foot={t("market.find.kpiFundedFoot", { count: fundedNeeds })}
          loading={loading}
          small
          testId="kpi-funded"
        />
      </Col>
    </Row>
  );
}
