import type { TRatingDistribution } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import type { Lang } from "../../../i18n";
import { gradeColor } from "../shared/format";
import { AXIS_LABEL, RatingChart } from "../shared/RatingChart";

export type DistributionView = "heatmap" | "stacked";

const sectionLabel = (s: TRatingDistribution["bySection"][number], lang: Lang) =>
  `${s.section} ${lang === "en" ? s.nameEn : s.nameZh}`;

/** Final grades per GB/T 4754 section: a heatmap (sections × grades) or bars stacked by grade. */
export function DistributionChart({
  data,
  view,
  lang,
}: {
  data: TRatingDistribution;
  view: DistributionView;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const grades = data.grades;
  // Sections top-down in code order (echarts draws the first category at the bottom).
  const sections = [...data.bySection].reverse();
  const labels = sections.map((s) => sectionLabel(s, lang));
  const height = Math.max(260, 80 + sections.length * 30);
  if (view === "heatmap") {
    const max = Math.max(1, ...sections.flatMap((s) => s.counts.map((c) => c.count)));
    return (
      <RatingChart
        testId="rating-district-heatmap"
        style={{ height }}
        option={{
          animation: false,
          tooltip: {
            position: "top",
            formatter: (p: unknown) => {
              const v = (p as { value: [number, number, number] }).value;
              return `${labels[v[1]] ?? ""}<br/>${grades[v[0]] ?? ""}: ${v[2]}`;
            },
          },
          grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
          xAxis: {
            type: "category",
            data: grades,
            axisLabel: { ...AXIS_LABEL, fontWeight: 600 },
            splitArea: { show: true },
          },
          yAxis: {
            type: "category",
            data: labels,
            axisLabel: { ...AXIS_LABEL, width: 220, overflow: "truncate" },
            splitArea: { show: true },
          },
          visualMap: {
            min: 0,
            max,
            calculable: true,
            orient: "vertical",
            right: 0,
            top: "middle",
            itemHeight: 140,
            inRange: { color: ["#f3f8f5", "#9fd8bd", "#3fb984", "#0b6b47"] },
            textStyle: AXIS_LABEL,
          },
          series: [
            {
              type: "heatmap",
              data: sections.flatMap((s, si) => s.counts.map((c) => [grades.indexOf(c.grade), si, c.count])),
              label: {
                show: true,
                fontSize: 11,
                formatter: (p: unknown) => {
                  const v = (p as { value: [number, number, number] }).value[2];
                  return v === 0 ? "" : String(v);
                },
              },
              emphasis: { itemStyle: { borderColor: "#062a1e", borderWidth: 1 } },
            },
          ],
        }}
      />
    );
  }
  return (
    <RatingChart
      testId="rating-district-stacked"
      style={{ height }}
      option={{
        animation: false,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: { top: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10, textStyle: AXIS_LABEL },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: "value", minInterval: 1, axisLabel: AXIS_LABEL, name: t("rating.field.entityCount") },
        yAxis: {
          type: "category",
          data: labels,
          axisLabel: { ...AXIS_LABEL, width: 220, overflow: "truncate" },
          axisTick: { show: false },
        },
        series: grades.map((g) => ({
          type: "bar" as const,
          name: g,
          stack: "grades",
          barMaxWidth: 18,
          itemStyle: { color: gradeColor(g, grades) },
          data: sections.map((s) => s.counts.find((c) => c.grade === g)?.count ?? 0),
        })),
      }}
    />
  );
}
