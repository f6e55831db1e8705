import type { TTargetWithProgress } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";
import { useLang } from "../../../lib/labels";
import { chartNumber, moneyScale } from "../reports/shared/figureFormat";
import { useUnitLabel } from "../reports/shared/labels";

/** Baseline, the annual values, the linear projection to the target year and the target itself, on one small line. */
export function TargetChart({ target }: { target: TTargetWithProgress }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const scale = moneyScale(lang, target.baselineValue, target.targetValue, ...target.observations.map((o) => o.value));
  const num = (v: string | null | undefined) => chartNumber(v, target.unit, scale.k);
  const first = Math.min(target.baselineYear, ...target.observations.map((o) => o.year));
  const last = Math.max(target.targetYear, ...target.observations.map((o) => o.year));
  const years: number[] = [];
  for (let y = first; y <= last; y += 1) years.push(y);
  const at = (pairs: [number, number | null][]) => years.map((y) => pairs.find(([py]) => py === y)?.[1] ?? null);
  const observed = at(target.observations.map((o) => [o.year, num(o.value)]));
  const latest = target.latest;
  const projection =
    target.projection && latest
      ? at([
          [latest.year, num(latest.value)],
          [target.projection.targetYear, num(target.projection.projected)],
        ])
      : years.map(() => null);
  const unit = target.unit === "yuan" ? scale.unit : unitLabel(target.unit);
  const option = {
    color: ["#8c8c8c", "#0b5d3f", "#1677ff", "#cf1322"],
    tooltip: { trigger: "axis", valueFormatter: (v: number | null) => (v === null ? "—" : `${v} ${unit}`) },
    legend: { bottom: 0, itemWidth: 14, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 20, top: 24, bottom: 30, containLabel: true },
    xAxis: { type: "category", data: years.map(String), axisLabel: AXIS_LABEL, boundaryGap: false },
    yAxis: {
      type: "value",
      scale: true,
      name: unit,
      nameTextStyle: { ...AXIS_LABEL, fontSize: 11 },
      axisLabel: AXIS_LABEL,
      splitLine: { lineStyle: { color: "#eef2ef" } },
    },
    series: [
      {
        type: "line",
        name: t("statistics.targets.chartBaseline"),
        data: at([[target.baselineYear, num(target.baselineValue)]]),
        symbol: "diamond",
        symbolSize: 11,
      },
      {
        type: "line",
        name: t("statistics.targets.chartObserved"),
        data: observed,
        connectNulls: true,
        symbolSize: 7,
        lineStyle: { width: 2 },
      },
      {
        type: "line",
        name: t("statistics.targets.chartProjection"),
        data: projection,
        connectNulls: true,
        symbol: "emptyCircle",
        lineStyle: { type: "dashed" },
      },
      {
        type: "line",
        name: t("statistics.targets.chartTarget"),
        data: at([[target.targetYear, num(target.targetValue)]]),
        symbol: "pin",
        symbolSize: 22,
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { type: "dotted", color: "#cf1322" },
          label: { show: false },
          data: [{ yAxis: num(target.targetValue) ?? 0 }],
        },
      },
    ],
  };
  return <EChart option={option} style={{ height: 210 }} testId={`target-chart-${target.key}`} />;
}
