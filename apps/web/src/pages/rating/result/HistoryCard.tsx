import type { TRatingResultDetail } from "@greenfin/contracts";
import { Card, Empty } from "antd";
import { useTranslation } from "react-i18next";
import { gradeColor } from "../shared/format";
import { AXIS_LABEL, RatingChart } from "../shared/RatingChart";

/** The entity's published scores and final grades period by period (every version of the methodology). */
export function HistoryCard({ detail, grades }: { detail: TRatingResultDetail; grades: readonly string[] }) {
  const { t } = useTranslation();
  const h = detail.history;
  // Two published runs of one period (a re-run) are told apart by their rating dates.
  const repeated = new Set(h.map((x) => x.periodYear).filter((y, i, all) => all.indexOf(y) !== i));
  const label = (x: (typeof h)[number]) =>
    repeated.has(x.periodYear) ? `${x.periodYear}\n${x.asOf}` : String(x.periodYear);
  return (
    <Card
      variant="borderless"
      title={t("rating.result.history")}
      data-testid="result-history"
      style={{ height: "100%" }}
    >
      {h.length === 0 ? (
        <Empty description={t("rating.result.historyEmpty")} />
      ) : (
        <RatingChart
          testId="rating-history-chart"
          style={{ height: 300 }}
          option={{
            animation: false,
            tooltip: {
              trigger: "axis",
              formatter: (ps: unknown) => {
                const p = (ps as { dataIndex: number }[])[0];
                const x = p ? h[p.dataIndex] : undefined;
                return x
                  ? `${x.periodYear} · ${x.finalGrade} · ${Number(x.score).toFixed(2)}<br/>${x.methodology}`
                  : "";
              },
            },
            grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
            xAxis: {
              type: "category",
              data: h.map(label),
              axisLabel: AXIS_LABEL,
              boundaryGap: h.length < 3,
            },
            yAxis: {
              type: "value",
              min: 0,
              max: 100,
              axisLabel: AXIS_LABEL,
              name: t("rating.field.score"),
              nameTextStyle: AXIS_LABEL,
            },
            series: [
              {
                type: "line",
                data: h.map((x) => ({
                  value: Number(x.score),
                  itemStyle: { color: gradeColor(x.finalGrade, grades) },
                  label: {
                    show: true,
                    formatter: `${x.finalGrade}  ${Number(x.score).toFixed(1)}`,
                    position: "top",
                    fontWeight: 600,
                    color: gradeColor(x.finalGrade, grades),
                  },
                })),
                symbolSize: 10,
                lineStyle: { color: "#0b6b47", width: 2 },
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
