import { useTranslation } from "react-i18next";
import type { PortfolioAggregates } from "../../../api/disclosure";
import { CHART_COLORS } from "../../../app/theme";
import EChart, { type ChartOption } from "../../../components/EChart";
import { useLang } from "../../../lib/labels";

const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };

/**
 * How many portfolio companies reported each metric. Counts only: the metrics have different units, so their
 * sums would not share an axis (they are in the table).
 */
export default function AggregatesChart({ metrics }: { metrics: PortfolioAggregates["metrics"] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = metrics.map((m) => `${m.indicatorId} ${lang === "en" ? m.nameEn : m.nameZh}`);
  const option: ChartOption = {
    animation: false,
    color: [CHART_COLORS[0], "#d5dfda"],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10, textStyle: AXIS_LABEL },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: AXIS_LABEL },
    yAxis: {
      type: "category",
      data: names,
      axisLabel: { ...AXIS_LABEL, width: 220, overflow: "truncate" },
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        stack: "c",
        name: t("disclosure.portfolio.reported"),
        data: metrics.map((m) => m.reported),
        barMaxWidth: 16,
      },
      {
        type: "bar",
        stack: "c",
        name: t("disclosure.portfolio.notReported"),
        data: metrics.map((m) => Math.max(0, m.companies - m.reported)),
        barMaxWidth: 16,
      },
    ],
  };
  return (
    <EChart option={option} testId="aggregates-chart" style={{ height: Math.max(180, 60 + metrics.length * 34) }} />
  );
}
