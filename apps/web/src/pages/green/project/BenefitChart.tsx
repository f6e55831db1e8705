import type { TGreenProjectDetail } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";
import { num } from "../shared/format";

/** Expected against actual for one benefit key, one pair of bars per reported year. */
export function BenefitChart({ p, keyName, unit }: { p: TGreenProjectDetail; keyName: string; unit: string }) {
  const { t } = useTranslation();
  const reports = [...p.benefitReports].sort((a, b) => a.year - b.year);
  const expectedTotal = p.expectedResult?.totals.find((x) => x.key === keyName)?.value ?? null;
  const years = reports.map((r) => String(r.year));
  const expected = reports.map((r) => num(r.againstExpected.find((x) => x.key === keyName)?.expected ?? expectedTotal));
  const actual = reports.map((r) => num(r.againstExpected.find((x) => x.key === keyName)?.actual ?? null));
  return (
    <EChart
      testId="green-benefit-chart"
      style={{ height: 260 }}
      option={{
        tooltip: { trigger: "axis" },
        legend: { top: 0, right: 0, data: [t("green.project.expected"), t("green.project.actual")] },
        grid: { left: 70, right: 20, top: 40, bottom: 30 },
        xAxis: { type: "category", data: years, axisLabel: AXIS_LABEL },
        yAxis: { type: "value", name: unit, axisLabel: AXIS_LABEL, nameTextStyle: AXIS_LABEL },
        series: [
          {
            name: t("green.project.expected"),
            type: "bar",
            data: expected,
            itemStyle: { color: "#b7dfc6" },
            barMaxWidth: 40,
          },
          {
            name: t("green.project.actual"),
            type: "bar",
            data: actual,
            itemStyle: { color: "#1f8a5b" },
            barMaxWidth: 40,
          },
        ],
      }}
    />
  );
}
