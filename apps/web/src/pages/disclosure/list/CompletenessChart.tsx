import type { TCompleteness } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { CHART_COLORS } from "../../../app/theme";
import EChart, { type ChartOption } from "../../../components/EChart";

const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };

/** Completeness by framework: mandatory items and all items filled, in percent. Loaded lazily with echarts. */
export default function CompletenessChart({ completeness }: { completeness: readonly TCompleteness[] }) {
  const { t } = useTranslation();
  const option: ChartOption = {
    animation: false,
    color: [CHART_COLORS[0], CHART_COLORS[1]],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: unknown) => `${String(v)}%` },
    legend: { top: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10, textStyle: AXIS_LABEL },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "value", max: 100, axisLabel: { ...AXIS_LABEL, formatter: "{value}%" } },
    yAxis: {
      type: "category",
      data: completeness.map((c) => c.framework),
      axisLabel: AXIS_LABEL,
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        name: t("disclosure.progress.mandatory"),
        // A framework that makes nothing mandatory has no mandatory bar (not a full one).
        data: completeness.map((c) => (c.mandatoryTotal === 0 ? null : c.mandatoryPct)),
        barMaxWidth: 14,
        label: { show: true, position: "right", formatter: "{c}%", color: "#33413a", fontSize: 11 },
      },
      {
        type: "bar",
        name: t("disclosure.progress.all"),
        data: completeness.map((c) => c.allPct),
        barMaxWidth: 14,
        label: { show: true, position: "right", formatter: "{c}%", color: "#33413a", fontSize: 11 },
      },
    ],
  };
  return (
    <EChart
      option={option}
      testId="completeness-chart"
      style={{ height: Math.max(160, 70 + completeness.length * 56) }}
    />
  );
}
