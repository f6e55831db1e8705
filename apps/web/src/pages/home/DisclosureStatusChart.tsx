import { useTranslation } from "react-i18next";
import type { DisclosureOverview } from "../../api/disclosureOverview";
import EChart from "../../components/EChart";

const STATUSES = ["submitted", "in_review", "returned", "accepted", "published"] as const;
const COLOURS = ["#1677ff", "#13a8a8", "#fa541c", "#52c41a", "#0b6b47"];

/** Stacked bars: disclosures submitted to the district per reporting year, by where they stand. */
export default function DisclosureStatusChart({ byYear }: { byYear: DisclosureOverview["byYear"] }) {
  const { t } = useTranslation();
  const years = [...new Set(byYear.map((r) => r.year))].sort();
  const count = (year: number, status: string) =>
    byYear.find((r) => r.year === year && r.status === status)?.count ?? 0;
  return (
    <EChart
      testId="chart-disclosure-status"
      style={{ height: 260 }}
      option={{
        animation: false,
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 28 },
        xAxis: { type: "category", data: years.map(String) },
        yAxis: { type: "value" },
        series: STATUSES.map((s, i) => ({
          name: t(`disclosure.status.${s}`),
          type: "bar",
          stack: "all",
          itemStyle: { color: COLOURS[i] },
          data: years.map((y) => count(y, s)),
        })),
      }}
    />
  );
}
