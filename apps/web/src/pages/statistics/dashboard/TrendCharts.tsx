import type { TStatDashboard, TStatHeadline } from "@greenfin/contracts";
import { Card, Col, Row } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL } from "../../../components/EChart";
import type { Lang } from "../../../i18n";
import { useLang } from "../../../lib/labels";
import { ClickableChart } from "./ClickableChart";
import { axisUnit, chartValue, formatStat, metricName } from "./statFormat";

/** Each chart: a line on the left axis and, optionally, bars on the right axis (a balance and its new lending). */
const CHARTS = [
  { key: "green", line: ["green_loan_balance"], bars: ["green_loan_new"], color: ["#0b5d3f", "#95de64"] },
  { key: "inclusive", line: ["inclusive_loan_balance"], bars: ["inclusive_loan_new"], color: ["#1677ff", "#91caff"] },
  { key: "agriTech", line: ["agri_loan_balance", "tech_sme_loan_balance"], bars: [], color: ["#7cb305", "#722ed1"] },
  {
    key: "pensionDigital",
    line: ["online_transaction_share"],
    bars: ["personal_pension_accounts"],
    color: ["#13a8a8", "#ffd666"],
  },
] as const;

type Series = TStatDashboard["trends"][number];

/** The chart's categories: every period any of its series has, in order. */
const periodsOf = (series: { s: Series }[]) =>
  [...new Set(series.flatMap((x) => x.s.points.map((p) => p.period)))].sort();

function chartOption(
  series: { s: Series; info: TStatHeadline; bar: boolean }[],
  colors: readonly string[],
  lang: Lang,
) {
  const periods = periodsOf(series);
  const lineUnit = series.find((x) => !x.bar)?.info.unit;
  const barUnit = series.find((x) => x.bar)?.info.unit;
  const twoAxes = lineUnit !== undefined && barUnit !== undefined;
  const axis = (unit: TStatHeadline["unit"] | undefined, right: boolean) => ({
    type: "value",
    name: unit ? axisUnit(unit, lang) : "",
    nameTextStyle: AXIS_LABEL,
    axisLabel: AXIS_LABEL,
    position: right ? "right" : "left",
    splitLine: { show: !right },
    scale: !right,
  });
  return {
    color: [...colors],
    tooltip: {
      trigger: "axis",
      // The exact figure, in 亿元 / CNY bn, per series.
      formatter: (items: { axisValue: string; seriesIndex: number; dataIndex: number; marker: string }[]) => {
        const head = items[0]?.axisValue ?? "";
        const lines = items.map((it) => {
          const x = series[it.seriesIndex];
          const p = x?.s.points.find((q) => q.period === head);
          return x ? `${it.marker}${metricName(x.info, lang)}: <b>${formatStat(p?.value, x.info.unit, lang)}</b>` : "";
        });
        return [head, ...lines].join("<br/>");
      },
    },
    legend: { bottom: 0, type: "scroll", textStyle: { fontSize: 12 } },
    grid: { left: 56, right: twoAxes ? 56 : 20, top: 36, bottom: 56 },
    xAxis: { type: "category", axisLabel: AXIS_LABEL, data: periods },
    yAxis: twoAxes ? [axis(lineUnit, false), axis(barUnit, true)] : [axis(lineUnit ?? barUnit, false)],
    series: series.map((x) => {
      const byPeriod = new Map(x.s.points.map((p) => [p.period, p.value]));
      return {
        type: x.bar ? "bar" : "line",
        name: metricName(x.info, lang),
        yAxisIndex: twoAxes && x.bar ? 1 : 0,
        barMaxWidth: 10,
        symbolSize: 5,
        smooth: false,
        connectNulls: false,
        z: x.bar ? 1 : 2,
        data: periods.map((p) => chartValue(byPeriod.get(p), x.info.unit, lang)),
      };
    }),
  };
}

/** The trends of the articles' main figures over 36 months (12 quarters for the quarterly-only ones). */
export function TrendCharts({
  data,
  onDrill,
}: {
  data: TStatDashboard;
  onDrill: (metric: string, period: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // Options only change with the data and the language: a new option object on every render would reset a
  // hovered chart (ECharts then trips over the series it was highlighting).
  const charts = useMemo(() => {
    const info = new Map(data.headline.map((h) => [h.metric, h]));
    const trend = new Map(data.trends.map((s) => [s.metric, s]));
    const pick = (keys: readonly string[], bar: boolean) =>
      keys.flatMap((k) => {
        const s = trend.get(k);
        const i = info.get(k);
        return s && i && s.points.length > 0 ? [{ s, info: i, bar }] : [];
      });
    return CHARTS.map((c) => {
      const series = [...pick(c.line, false), ...pick(c.bars, true)];
      return { ...c, series, option: chartOption(series, c.color, lang) };
    }).filter((c) => c.series.length > 0);
  }, [data, lang]);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {charts.map((c) => (
        <Col key={c.key} xs={24} xl={12}>
          <Card
            variant="borderless"
            size="small"
            title={`${c.series
              .map((x) => t(`statDash.article.${x.info.article}`))
              .filter((v, i, a) => a.indexOf(v) === i)
              .join(" · ")} · ${t("statDash.trends")}`}
            extra={c.key === "green" ? <span className="gf-stat-hint">{t("statDash.trendsHint")}</span> : undefined}
          >
            <ClickableChart
              option={c.option}
              testId={`stat-trend-${c.key}`}
              onClick={(e) => {
                const x = c.series[e.seriesIndex ?? 0];
                if (x) onDrill(x.info.metric, e.name);
              }}
              onAxisClick={(i) => {
                // Anywhere in a month's column: that month of the chart's first (line) metric.
                const x = c.series[0];
                const p = periodsOf(c.series)[i];
                if (x && p) onDrill(x.info.metric, p);
              }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
