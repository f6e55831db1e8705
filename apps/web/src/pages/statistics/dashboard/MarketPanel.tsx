import type { TStatModules } from "@greenfin/contracts";
import { Card, Col, Row, Statistic } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { OrgNameById, useOrgNameText } from "../../../components/OrgNameById";
import { useLang } from "../../../lib/labels";
import { formatYuan } from "../../../lib/money";

type Market = TStatModules["market"];
type InstRow = Market["institutions"][number];

const rate = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1)}%`);

/** The marketplace's service levels: needs, funded loans, on-time response, and each institution's record. */
export function MarketPanel({ market, extra }: { market: Market; extra: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cachedName = useOrgNameText();
  // The panel names institutions in Chinese only: in English, read each organisation's English name.
  const nameText = (r: InstRow) => {
    if (lang !== "en") return r.institutionName;
    const n = cachedName(r.institutionId);
    return n === r.institutionId ? r.institutionName : n;
  };
  const columns: ExportColumn<InstRow>[] = [
    {
      key: "name",
      title: t("statDash.modules.institution"),
      exportValue: nameText,
      render: (_, r) =>
        lang === "en" ? <OrgNameById id={r.institutionId} title={r.institutionName} /> : r.institutionName,
    },
    { key: "claims", title: t("statDash.modules.claims"), dataIndex: "claims", align: "right" },
    {
      key: "onTime",
      title: t("statDash.modules.marketOnTime"),
      align: "right",
      exportTitle: `${t("statDash.modules.marketOnTime")} (%)`,
      exportValue: (r) => (r.respondOnTimeRate === null ? null : Math.round(r.respondOnTimeRate * 1000) / 10),
      render: (_, r) => (
        <span style={{ color: r.respondOnTimeRate !== null && r.respondOnTimeRate < 0.8 ? "#cf1322" : undefined }}>
          {rate(r.respondOnTimeRate)}
        </span>
      ),
    },
    {
      key: "median",
      title: t("statDash.modules.marketMedian"),
      align: "right",
      exportValue: (r) => r.medianResponseWorkingHours,
      render: (_, r) => (r.medianResponseWorkingHours === null ? "—" : r.medianResponseWorkingHours.toFixed(1)),
    },
    {
      key: "overdue",
      title: t("statDash.modules.overdue"),
      dataIndex: "overdueCount",
      align: "right",
      render: (v: number) => <b style={{ color: v > 0 ? "#cf1322" : undefined }}>{v}</b>,
    },
  ];
  const stats = [
    { key: "posted", title: t("statDash.modules.marketPosted"), value: market.needsPosted },
    { key: "funded", title: t("statDash.modules.marketFunded"), value: market.funded },
    { key: "amount", title: t("statDash.modules.marketFundedAmount"), value: formatYuan(market.fundedAmount, lang) },
    { key: "onTime", title: t("statDash.modules.marketOnTime"), value: rate(market.respondOnTimeRate) },
  ];
  return (
    <Card
      variant="borderless"
      size="small"
      title={t("statDash.modules.market")}
      extra={extra}
      style={{ height: "100%" }}
      data-testid="stat-module-market"
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} md={6}>
            <Statistic title={s.title} value={s.value} valueStyle={{ fontSize: 18 }} />
          </Col>
        ))}
      </Row>
      <ExportableTable<InstRow>
        exportName="stat-market-service-levels"
        size="small"
        rowKey="institutionId"
        dataSource={market.institutions}
        columns={columns}
        pagination={{ pageSize: 5, showSizeChanger: false }}
      />
    </Card>
  );
}
