import type { TStatMineFigure } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";
import { useLang } from "../../../lib/labels";
import { chartNumber, moneyScale, readableFigure } from "../reports/shared/figureFormat";
import { useUnitLabel } from "../reports/shared/labels";

/**
 * One metric: the peers' interquartile range as a band, their median as a line, our value as a point. Positions
 * only — the figures themselves are shown as exact text in the tooltip and the table.
 */
export function PeerBandChart({ figure }: { figure: TStatMineFigure }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitLabel = useUnitLabel();
  const peers = figure.peers;
  if (!peers) return null;
  const scale = moneyScale(lang, figure.own, peers.p75, peers.p25);
  const num = (v: string | null) => chartNumber(v, figure.unit, scale.k);
  const p25 = num(peers.p25) ?? 0;
  const p75 = num(peers.p75) ?? 0;
  const median = num(peers.median) ?? 0;
  const own = num(figure.own);
  const lo = Math.min(p25, own ?? p25);
  const hi = Math.max(p75, own ?? p75);
  const pad = (hi - lo) * 0.2 || Math.abs(hi) * 0.1 || 1;
  const text = (v: string | null) => readableFigure(v, figure.unit, lang, unitLabel(figure.unit));
  const axisUnit = figure.unit === "yuan" ? scale.unit : unitLabel(figure.unit);
  const option = {
    // Room on the right for the axis's unit (names are outside containLabel's reach).
    grid: { left: 30, right: 56, top: 26, bottom: 4, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: () =>
        [
          `${t("statistics.mine.ownPoint")}: ${text(figure.own)}`,
          `${t("statistics.mine.p75")}: ${text(peers.p75)}`,
          `${t("statistics.mine.median")}: ${text(peers.median)}`,
          `${t("statistics.mine.p25")}: ${text(peers.p25)}`,
        ].join("<br/>"),
    },
    xAxis: {
      type: "value",
      min: lo >= 0 ? Math.max(0, lo - pad) : lo - pad,
      max: hi + pad,
      // The extent is padded around the band: its own end labels would be odd numbers, so only the ticks show.
      axisLabel: {
        ...AXIS_LABEL,
        fontSize: 11,
        showMinLabel: false,
        showMaxLabel: false,
        formatter: (v: number) => v.toLocaleString(lang === "en" ? "en" : "zh-CN", { maximumFractionDigits: 2 }),
      },
      splitLine: { lineStyle: { color: "#eef2ef" } },
      name: axisUnit,
      nameLocation: "end",
      nameTextStyle: { ...AXIS_LABEL, fontSize: 11 },
    },
    yAxis: { type: "category", data: [""], show: false },
    series: [
      {
        type: "line",
        name: t("statistics.mine.ownPoint"),
        data: [own],
        symbol: "circle",
        symbolSize: 14,
        itemStyle: { color: "#1677ff", borderColor: "#fff", borderWidth: 2 },
        label: { show: own !== null, position: "top", formatter: t("statistics.mine.ownPoint"), color: "#1677ff" },
        markArea: {
          silent: true,
          itemStyle: { color: "rgba(82, 196, 26, 0.22)" },
          data: [[{ xAxis: p25 }, { xAxis: p75 }]],
        },
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: "#0b5d3f", type: "dashed", width: 2 },
          label: { formatter: t("statistics.mine.median"), color: "#0b5d3f", fontSize: 11 },
          data: [{ xAxis: median }],
        },
      },
    ],
  };
  return <EChart option={option} style={{ height: 96 }} testId={`peer-chart-${figure.metric}`} />;
}
