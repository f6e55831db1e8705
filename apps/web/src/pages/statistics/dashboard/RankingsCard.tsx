import type { TStatHeadline, TStatRankingQuery } from "@greenfin/contracts";
import { Card, Segmented, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useStatRankings } from "../../../api/statisticsDashboard";
import { ExportableTable, type ExportColumn } from "../../../components/ExportableTable";
import { LoadError } from "../../../components/LoadError";
import { useLang } from "../../../lib/labels";
import { formatStat, Growth, metricName } from "./statFormat";

type By = TStatRankingQuery["by"];
type Row = {
  rank: number;
  orgId: string;
  nameZh: string;
  nameEn: string;
  value: string;
  sharePercent: string | null;
  yoyPercent: string | null;
  yoyReason: string | null;
};

const num = (v: string | null) => (v === null ? null : Number(v));

/** Institutions ranked by a metric's value or its growth; a row opens the institution's breakdown. */
export function RankingsCard({ headline, period }: { headline: TStatHeadline[]; period: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const metrics = headline.filter((h) => h.unit !== "percent");
  const [metric, setMetric] = useState("green_loan_balance");
  const [by, setBy] = useState<By>("value");
  const info = metrics.find((m) => m.metric === metric) ?? metrics[0];
  const q = useStatRankings(info ? { metric: info.metric, period: info.period, basis: "period", by } : null);
  const unit = info?.unit ?? "yuan";
  const month = /^\d{4}-\d{2}$/.test(period) ? `?period=${period}` : "";
  const columns: ExportColumn<Row>[] = [
    { key: "rank", title: t("statDash.rankings.rank"), dataIndex: "rank", width: 64, align: "center" },
    {
      key: "name",
      title: t("statDash.rankings.institution"),
      exportValue: (r) => (lang === "en" ? r.nameEn : r.nameZh),
      render: (_, r) => (lang === "en" ? r.nameEn : r.nameZh),
    },
    {
      key: "value",
      title: t("statDash.rankings.value"),
      exportTitle: `${t("statDash.rankings.value")} (${t(`statDash.unitRaw.${unit}`)})`,
      align: "right",
      exportValue: (r) => num(r.value),
      render: (_, r) => <span className="gf-green-num gf-stat-num">{formatStat(r.value, unit, lang)}</span>,
    },
    {
      key: "share",
      title: t("statDash.drill.share"),
      exportTitle: `${t("statDash.drill.share")} (%)`,
      align: "right",
      exportValue: (r) => num(r.sharePercent),
      render: (_, r) => (r.sharePercent === null ? "—" : `${r.sharePercent}%`),
    },
    {
      key: "yoy",
      title: t("statDash.rankings.growth"),
      exportTitle: `${t("statDash.rankings.growth")} (%)`,
      align: "right",
      exportValue: (r) => num(r.yoyPercent),
      render: (_, r) => <Growth percent={r.yoyPercent} title={r.yoyReason ?? undefined} />,
    },
  ];
  return (
    <Card
      variant="borderless"
      size="small"
      title={t("statDash.rankings.title")}
      style={{ height: "100%" }}
      data-testid="stat-rankings"
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <ExportableTable<Row>
          exportName={`stat-ranking-${info?.metric ?? metric}-${by}`}
          toolbar={
            <Space wrap>
              <Select
                value={info?.metric}
                onChange={setMetric}
                style={{ minWidth: 240 }}
                popupMatchSelectWidth={false}
                options={metrics.map((m) => ({ value: m.metric, label: `${metricName(m, lang)} · ${m.period}` }))}
                data-testid="ranking-metric"
              />
              <Segmented<By>
                value={by}
                onChange={setBy}
                options={[
                  { value: "value", label: t("statDash.rankings.byValue") },
                  { value: "growth", label: t("statDash.rankings.byGrowth") },
                ]}
              />
            </Space>
          }
          size="small"
          rowKey="orgId"
          loading={q.isFetching && !q.data}
          dataSource={q.data?.rows ?? []}
          columns={columns}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          onRow={(r) => ({
            onClick: () => navigate(`/statistics/dashboard/institutions/${r.orgId}${month}`),
            style: { cursor: "pointer" },
          })}
        />
      )}
    </Card>
  );
}
