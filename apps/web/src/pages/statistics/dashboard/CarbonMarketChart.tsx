import { InfoCircleOutlined } from "@ant-design/icons";
import type { TStatModules } from "@greenfin/contracts";
import { Card, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";

type CarbonMarket = TStatModules["carbonMarket"];

/** Tonnes as 万吨 (10k t), from decimal text, for the chart only. */
const tenThousand = (v: string | null) => (v === null ? null : Math.round(Number(v) / 100) / 100);

/** CEA yearly average price and year-end close (lines, CNY/t) and traded volume (bars, 10k t) from reference data. */
export function CarbonMarketChart({ data }: { data: CarbonMarket }) {
  const { t } = useTranslation();
  const years = data.series.map((s) => String(s.year));
  // Volumes are drawn only where the reference data holds verified figures.
  const withVolume = data.series.some((s) => s.volumeTonnes !== null);
  const option = {
    color: ["#0b5d3f", "#52c41a", "#91caff"],
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 56, right: withVolume ? 64 : 24, top: 36, bottom: 48 },
    xAxis: { type: "category", axisLabel: AXIS_LABEL, data: years },
    yAxis: [
      {
        type: "value",
        name: t("statDash.modules.ceaPriceAxis"),
        nameTextStyle: AXIS_LABEL,
        axisLabel: AXIS_LABEL,
      },
      ...(withVolume
        ? [
            {
              type: "value",
              name: t("statDash.modules.ceaVolumeAxis"),
              nameTextStyle: AXIS_LABEL,
              axisLabel: AXIS_LABEL,
              splitLine: { show: false },
            },
          ]
        : []),
    ],
    series: [
      {
        type: "line",
        name: t("statDash.modules.ceaAverage"),
        data: data.series.map((s) => (s.averagePrice === null ? null : Number(s.averagePrice))),
      },
      {
        type: "line",
        name: t("statDash.modules.ceaClose"),
        lineStyle: { type: "dashed" },
        data: data.series.map((s) => (s.yearEndClose === null ? null : Number(s.yearEndClose))),
      },
      ...(withVolume
        ? [
            {
              type: "bar",
              name: t("statDash.modules.ceaVolume"),
              yAxisIndex: 1,
              barMaxWidth: 24,
              z: 1,
              data: data.series.map((s) => tenThousand(s.volumeTonnes)),
            },
          ]
        : []),
    ],
  };
  const sources = [...new Set(data.series.map((s) => s.source).filter(Boolean))];
  return (
    <Card
      variant="borderless"
      size="small"
      title={t("statDash.modules.carbonMarket")}
      style={{ height: "100%" }}
      data-testid="stat-module-cea"
    >
      <EChart option={option} testId="stat-cea-chart" />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("statDash.modules.ceaSource", { ref: data.ref })}{" "}
        {sources.length > 0 && (
          <Tooltip title={sources.join("\n")} styles={{ root: { maxWidth: 640, whiteSpace: "pre-line" } }}>
            <InfoCircleOutlined />
          </Tooltip>
        )}
      </Typography.Text>
    </Card>
  );
}
