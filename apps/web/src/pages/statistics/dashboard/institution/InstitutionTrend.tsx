import type { TStatOrgFigure, TStatTrendSeries } from "@greenfin/contracts";
import { AXIS_LABEL, EChart } from "../../../../components/EChart";
import { useLang } from "../../../../lib/labels";
import { axisUnit, chartValue, formatStat, metricName } from "../statFormat";

/** The institution's monthly green-loan balance over up to 36 months. */
export function InstitutionTrend({ series, info }: { series: TStatTrendSeries; info: TStatOrgFigure | undefined }) {
  const lang = useLang();
  const unit = info?.unit ?? "yuan";
  const option = {
    color: ["#0b5d3f"],
    tooltip: {
      trigger: "axis",
      formatter: (items: { dataIndex: number; axisValue: string }[]) => {
        const p = series.points[items[0]?.dataIndex ?? 0];
        return p ? `${p.period}<br/><b>${formatStat(p.value, unit, lang)}</b>` : "";
      },
    },
    grid: { left: 56, right: 20, top: 36, bottom: 30 },
    xAxis: { type: "category", axisLabel: AXIS_LABEL, data: series.points.map((p) => p.period) },
    yAxis: { type: "value", name: axisUnit(unit, lang), nameTextStyle: AXIS_LABEL, axisLabel: AXIS_LABEL, scale: true },
    series: [
      {
        type: "line",
        name: info ? metricName(info, lang) : series.metric,
        areaStyle: { opacity: 0.08 },
        symbolSize: 5,
        data: series.points.map((p) => chartValue(p.value, unit, lang)),
      },
    ],
  };
  return <EChart option={option} testId="stat-institution-trend" />;
}
