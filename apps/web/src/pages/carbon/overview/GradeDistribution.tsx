import type { TCarbonAccountListRow } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";
import { COLOUR_HEX, GRADE_COLOUR } from "../shared/format";

/** How many enterprises got each grade (1 best … 5), each bar in its label colour, and the ungraded. */
export default function GradeDistribution({ rows }: { rows: readonly TCarbonAccountListRow[] }) {
  const { t } = useTranslation();
  const grades = [1, 2, 3, 4, 5];
  const counts = grades.map((g) => rows.filter((r) => r.grade === g).length);
  const ungraded = rows.filter((r) => r.grade === null).length;
  return (
    <EChart
      testId="carbon-grade-distribution"
      style={{ height: 260 }}
      option={{
        animation: false,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
        xAxis: {
          type: "category",
          data: [
            ...grades.map(
              (g) => `${t("carbon.grade", { grade: g })}\n${t(`carbon.colour.${GRADE_COLOUR[g]}` as never)}`,
            ),
            t("carbon.ungraded"),
          ],
          axisLabel: { ...AXIS_LABEL, interval: 0 },
          axisTick: { show: false },
        },
        yAxis: {
          type: "value",
          minInterval: 1,
          name: t("carbon.chart.count"),
          // Starting at the axis, so a long name ("Enterprises") is not cut at the card's edge.
          nameTextStyle: { ...AXIS_LABEL, align: "left" },
          axisLabel: AXIS_LABEL,
        },
        series: [
          {
            type: "bar",
            barMaxWidth: 40,
            label: {
              show: true,
              position: "top",
              ...AXIS_LABEL,
              formatter: (p: { value: number }) => p.value.toLocaleString("en-US"),
            },
            data: [
              ...counts.map((value, i) => ({
                value,
                itemStyle: { color: COLOUR_HEX[GRADE_COLOUR[grades[i] ?? 5] ?? "red"], borderRadius: [3, 3, 0, 0] },
              })),
              { value: ungraded, itemStyle: { color: "#b8c2bd", borderRadius: [3, 3, 0, 0] } },
            ],
          },
        ],
      }}
    />
  );
}
