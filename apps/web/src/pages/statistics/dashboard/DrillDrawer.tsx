import type { TStatDrill, TStatDrillQuery, TStatHeadline } from "@greenfin/contracts";
import { Alert, Drawer, Segmented, Skeleton, Space, Tabs, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useStatDrill } from "../../../api/statisticsDashboard";
import { AXIS_LABEL } from "../../../components/EChart";
import { LoadError } from "../../../components/LoadError";
import type { Lang } from "../../../i18n";
import { useLang } from "../../../lib/labels";
import { ClickableChart } from "./ClickableChart";
import { DrillTable } from "./DrillTable";
import { axisUnit, chartValue, formatStat, metricName } from "./statFormat";

type By = TStatDrillQuery["by"];
type Basis = TStatDrillQuery["basis"];

export interface DrillTarget {
  metric: string;
  period: string;
}

function barOption(d: TStatDrill, lang: Lang) {
  const rows = [...d.rows].filter((r) => r.value !== null).sort((a, b) => Number(a.value) - Number(b.value));
  const name = (r: (typeof rows)[number]) => (lang === "en" ? r.nameEn : r.nameZh);
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: { dataIndex: number }) => {
        const r = rows[p.dataIndex];
        return r ? `${name(r)}<br/><b>${formatStat(r.value, d.metric.unit, lang)}</b>` : "";
      },
    },
    grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: "value", name: axisUnit(d.metric.unit, lang), nameTextStyle: AXIS_LABEL, axisLabel: AXIS_LABEL },
    yAxis: {
      type: "category",
      axisLabel: { ...AXIS_LABEL, width: 190, overflow: "truncate" },
      data: rows.map(name),
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 18,
        itemStyle: { color: "#0b5d3f", borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: "right", fontSize: 11, formatter: (p: { value: number }) => p.value },
        data: rows.map((r) => chartValue(r.value, d.metric.unit, lang)),
      },
    ],
  };
}

/**
 * The breakdown of a district figure: by institution, by catalogue use or by industry section (tabs), for the
 * period or the year so far; an institution (row or bar) opens its own breakdown.
 */
export function DrillDrawer({
  target,
  info,
  onClose,
}: {
  target: DrillTarget | null;
  info: TStatHeadline | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [chosenBy, setBy] = useState<By>("institution");
  const [chosenBasis, setBasis] = useState<Basis>("period");
  // A metric without a breakdown (or a stock, for the basis) falls back to what it has.
  const by: By = info?.breakdown ? chosenBy : "institution";
  const basis: Basis = info?.kind === "flow" ? chosenBasis : "period";
  const q = useStatDrill(target ? { metric: target.metric, period: target.period, by, basis } : null);
  const d = q.data;
  // Same data, same option object: re-setting a hovered chart's option makes ECharts trip (see TrendCharts).
  const option = useMemo(() => (d ? barOption(d, lang) : null), [d, lang]);
  const openOrg = (orgId: string) => {
    const month = /^\d{4}-\d{2}$/.test(target?.period ?? "") ? `?period=${target?.period}` : "";
    navigate(`/statistics/dashboard/institutions/${orgId}${month}`);
  };
  const tabs: { key: By; label: string }[] = [
    { key: "institution", label: t("statDash.drill.byInstitution") },
    ...(info?.breakdown
      ? [
          { key: "catalogue-use" as const, label: t("statDash.drill.byUse") },
          { key: "industry-section" as const, label: t("statDash.drill.byIndustry") },
        ]
      : []),
  ];
  const rowsShown = d && d.by === by && d.rows.length > 0;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width={880}
      destroyOnHidden
      title={
        target &&
        t("statDash.drill.title", { metric: info ? metricName(info, lang) : target.metric, period: target.period })
      }
      data-testid="stat-drill"
    >
      <Space style={{ marginBottom: 8, width: "100%", justifyContent: "space-between" }} wrap>
        <Tabs
          activeKey={by}
          onChange={(k) => setBy(k as By)}
          items={tabs.map((x) => ({ key: x.key, label: <span data-testid={`drill-tab-${x.key}`}>{x.label}</span> }))}
        />
        {info?.kind === "flow" && (
          <Segmented<Basis>
            value={basis}
            onChange={setBasis}
            options={[
              { value: "period", label: t("statDash.drill.basisPeriod") },
              { value: "year-to-date", label: t("statDash.drill.basisYtd") },
            ]}
          />
        )}
      </Space>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : !d ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t("statDash.drill.total")}: <b>{formatStat(d.total, d.metric.unit, lang)}</b>
            {(d.sourceMetric !== d.metric.metric || d.sourcePeriod !== d.period) && (
              <> · {t("statDash.drill.source", { metric: d.sourceMetric, period: d.sourcePeriod })}</>
            )}
          </Typography.Paragraph>
          {rowsShown && option ? (
            <ClickableChart
              option={option}
              testId="drill-chart"
              style={{ height: Math.max(220, Math.min(d.rows.length, 20) * 28 + 60) }}
              onClick={(e) => {
                if (by !== "institution") return;
                const sorted = [...d.rows]
                  .filter((r) => r.value !== null)
                  .sort((a, b) => Number(a.value) - Number(b.value));
                const r = sorted[e.dataIndex];
                if (r) openOrg(r.key);
              }}
            />
          ) : (
            <Alert type="info" showIcon title={t("statDash.drill.empty")} style={{ marginBottom: 12 }} />
          )}
          <DrillTable
            rows={d.by === by ? d.rows : []}
            info={d.metric}
            withCode={by !== "institution"}
            exportName={`stat-${d.metric.metric}-${by}-${d.sourcePeriod}`}
            onOpen={by === "institution" ? openOrg : undefined}
            testId="drill-table"
          />
        </>
      )}
    </Drawer>
  );
}
