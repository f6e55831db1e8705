import {
  AimOutlined,
  BankOutlined,
  CloudOutlined,
  DashboardOutlined,
  FundOutlined,
  NodeIndexOutlined,
  PieChartOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import { Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import type { TPcafRunSummary } from "../../../api/pcaf";
import { KpiCard } from "../../../components/KpiCard";
import { useLang } from "../../../lib/labels";
import { fmtDec, fmtPct, fmtYuanShort, yuanLarge } from "./format";

/**
 * A run's headline figures as KPI cards: financed Scope 1+2 and Scope 3, outstanding, coverage, weighted data quality,
 * WACI, carbon footprint and positions (`brief`: the four a home page needs).
 */
export function RunKpis({ run, brief }: { run: TPcafRunSummary; brief?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const total = run.total;
  const out = yuanLarge(total?.outstanding, lang);
  const cards = [
    {
      key: "financed",
      icon: <CloudOutlined />,
      color: "#0b6b47",
      label: t("pcaf.kpi.financed12"),
      value: fmtDec(total?.financedScope12Tco2e, 1),
      unit: "tCO2e",
      foot: t("pcaf.kpi.financed12Foot"),
    },
    ...(brief
      ? []
      : [
          {
            key: "scope3",
            icon: <NodeIndexOutlined />,
            color: "#c9a227",
            label: t("pcaf.kpi.financed3"),
            value: fmtDec(total?.financedScope3Tco2e, 1),
            unit: "tCO2e",
            foot: t("pcaf.kpi.financed3Foot"),
          },
          {
            key: "outstanding",
            icon: <BankOutlined />,
            color: "#2f6fb0",
            label: t("pcaf.kpi.outstanding"),
            value: out.value,
            unit: out.unit,
            foot: t("pcaf.kpi.coveredOutstanding", { amount: fmtYuanShort(total?.coveredOutstanding, lang) }),
          },
        ]),
    {
      key: "coverage",
      icon: <PieChartOutlined />,
      color: "#3fb984",
      label: t("pcaf.kpi.coverage"),
      value: fmtPct(total?.coverage),
      foot: t("pcaf.kpi.coverageFoot"),
    },
    {
      key: "dq",
      icon: <DashboardOutlined />,
      color: "#7a5cc1",
      label: t("pcaf.kpi.dq"),
      value: fmtDec(total?.weightedDataQuality, 2),
      foot:
        total?.weightedDataQualityScope3 && !brief
          ? t("pcaf.kpi.dqScope3", { score: fmtDec(total.weightedDataQualityScope3, 2) })
          : t("pcaf.kpi.dqFoot"),
    },
    {
      key: "waci",
      icon: <AimOutlined />,
      color: "#c8372d",
      label: t("pcaf.kpi.waci"),
      value: fmtDec(run.waci, 2),
      unit: t("pcaf.unit.perRevenue"),
      foot: t("pcaf.kpi.waciFoot"),
    },
    ...(brief
      ? []
      : [
          {
            key: "footprint",
            icon: <FundOutlined />,
            color: "#8a6d3b",
            label: t("pcaf.kpi.footprint"),
            value: fmtDec(run.carbonFootprint, 2),
            unit: t("pcaf.unit.perInvested"),
            foot: t("pcaf.kpi.footprintFoot"),
          },
          {
            key: "positions",
            icon: <UnorderedListOutlined />,
            color: "#5b6b63",
            label: t("pcaf.kpi.positions"),
            value: (total?.positions ?? 0).toLocaleString("en-US"),
            foot: t("pcaf.kpi.positionsFoot"),
          },
        ]),
  ];
  return (
    <Row gutter={[16, 16]} className="gf-pcaf-kpis" data-testid="pcaf-kpis">
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} xl={6}>
          <KpiCard
            testId={`pcaf-kpi-${c.key}`}
            icon={c.icon}
            color={c.color}
            label={c.label}
            value={c.value}
            unit={c.unit}
            foot={c.foot}
            small
          />
        </Col>
      ))}
    </Row>
  );
}
