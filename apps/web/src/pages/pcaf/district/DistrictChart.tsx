import { useTranslation } from "react-i18next";
import type { TDistrictPcafRow } from "../../../api/pcaf";
import EChart from "../../../components/EChart";
import { useLang } from "../../../lib/labels";
import { AXIS_LABEL, axisCompact, cmpDec, fmtDec, plot } from "../shared/format";
import { bi } from "../shared/widgets";

/** Financed Scope 1+2 of each institution, largest on top. */
export default function DistrictChart({ rows }: { rows: readonly TDistrictPcafRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sorted = [...rows].sort((a, b) => cmpDec(a.financedScope12Tco2e, b.financedScope12Tco2e));
  return (
    <EChart
      testId="pcaf-district-chart"
      style={{ height: Math.max(240, sorted.length * 30 + 40) }}
      option={{
        animation: false,
        tooltip: {
          trigger: "axis",
          axisPointer: { type: "shadow" },
          valueFormatter: (v: unknown) => `${fmtDec(String(v), 2)} tCO2e`,
        },
        grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
        xAxis: {
          type: "value",
          name: "tCO2e",
          nameTextStyle: AXIS_LABEL,
          axisLabel: { ...AXIS_LABEL, formatter: axisCompact(lang) },
        },
        yAxis: {
          type: "category",
          data: sorted.map((r) => bi(r, lang)),
          axisLabel: { ...AXIS_LABEL, width: 200, overflow: "truncate" },
          axisTick: { show: false },
        },
        series: [
          {
            name: t("pcaf.chart.scope12"),
            type: "bar",
            barMaxWidth: 18,
            itemStyle: { color: "#0b6b47" },
            label: {
              show: true,
              position: "right",
              ...AXIS_LABEL,
              formatter: (p: { value: number }) => fmtDec(String(p.value), 0),
            },
            data: sorted.map((r) => plot(r.financedScope12Tco2e)),
          },
        ],
      }}
    />
  );
}
