import type { TGreenStatisticsCell } from "@greenfin/contracts";
import { EChart } from "../../../components/EChart";
import { useLang } from "../../../lib/labels";
import { named, num } from "../shared/format";

const COLORS = ["#1f8a5b", "#3aa6b9", "#7cc47f", "#f2b84b", "#5b8ff9", "#9270ca", "#e8684a", "#6dc8ec", "#b7dfc6"];

/** The balance by use (catalogue level 1) as a ring. */
export function StatisticsChart({ rows }: { rows: TGreenStatisticsCell[] }) {
  const lang = useLang();
  return (
    <EChart
      testId="green-stats-chart"
      style={{ height: 300 }}
      option={{
        color: COLORS,
        tooltip: { trigger: "item", formatter: "{b}<br/>{c} ({d}%)" },
        legend: {
          type: "scroll",
          orient: "vertical",
          right: 0,
          top: "middle",
          width: "48%",
          textStyle: { fontSize: 11, width: 260, overflow: "truncate" },
        },
        series: [
          {
            type: "pie",
            radius: ["45%", "75%"],
            center: ["30%", "50%"],
            label: { show: false },
            data: rows.map((r) => ({ name: `${r.key} ${named(r, lang)}`, value: num(r.balance) ?? 0 })),
          },
        ],
      }}
    />
  );
}
