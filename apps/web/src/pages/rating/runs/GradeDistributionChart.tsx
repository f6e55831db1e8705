import { useTranslation } from "react-i18next";
import { gradeColor } from "../shared/format";
import { AXIS_LABEL, RatingChart } from "../shared/RatingChart";

/** How many entities got each grade, best grade on the left, each bar in its grade's colour. */
export function GradeDistributionChart({
  counts,
  highlight,
  height = 260,
  testId = "rating-grade-chart",
}: {
  counts: readonly { grade: string; count: number }[];
  /** A grade to mark (the entity's own, on a peer chart). */
  highlight?: { grade: string; label: string } | undefined;
  height?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const grades = counts.map((c) => c.grade);
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <RatingChart
      testId={testId}
      style={{ height }}
      option={{
        animation: false,
        tooltip: {
          trigger: "axis",
          axisPointer: { type: "shadow" },
          formatter: (ps: unknown) => {
            const p = (ps as { name: string; value: number }[])[0];
            if (!p) return "";
            const pct = total ? ((p.value / total) * 100).toFixed(1) : "0";
            return `${p.name}: ${p.value} (${pct}%)`;
          },
        },
        grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
        xAxis: {
          type: "category",
          data: grades,
          axisLabel: { ...AXIS_LABEL, fontWeight: 600, interval: 0 },
          axisTick: { show: false },
        },
        yAxis: {
          type: "value",
          minInterval: 1,
          axisLabel: AXIS_LABEL,
          name: t("rating.field.entityCount"),
          nameTextStyle: AXIS_LABEL,
        },
        series: [
          {
            type: "bar",
            barMaxWidth: 36,
            data: counts.map((c) => ({
              value: c.count,
              itemStyle: {
                color: gradeColor(c.grade, grades),
                opacity: highlight && highlight.grade !== c.grade ? 0.45 : 1,
                borderRadius: [3, 3, 0, 0],
              },
            })),
            label: {
              show: true,
              position: "top",
              color: "#33413a",
              fontSize: 11,
              // The marked grade's bar says whose it is ("You · 3").
              formatter: (p: unknown) => {
                const x = p as { name: string; value: number };
                return highlight && x.name === highlight.grade
                  ? `{you|▼ ${highlight.label}} ${x.value}`
                  : String(x.value);
              },
              rich: { you: { color: "#1d7fb8", fontWeight: 700, fontSize: 12 } },
            },
          },
        ],
      }}
    />
  );
}

export default GradeDistributionChart;
