import type { TMarketOverview } from "@greenfin/contracts";
import { Card, Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { AXIS_LABEL, EChart } from "../../../components/EChart";
import { useDeskLabel } from "../products/deskLabels";

const PALETTE = ["#0b5d3f", "#52c41a", "#1677ff", "#13a8a8", "#722ed1", "#d48806", "#cf1322", "#8c8c8c"];
const FUNNEL = ["claims", "responded", "visited", "approved", "chosen", "funded"] as const;

/** Needs by status, the claims funnel, posted vs funded by month, products by family. */
export function OverviewCharts({ data }: { data: TMarketOverview }) {
  const { t } = useTranslation();
  const label = useDeskLabel();
  const byStatus = {
    color: PALETTE,
    tooltip: { trigger: "item" },
    legend: { bottom: 0, type: "scroll" },
    series: [
      {
        type: "pie",
        radius: ["40%", "68%"],
        center: ["50%", "45%"],
        label: { formatter: "{b}: {c}" },
        data: data.needs.byStatus
          .filter((s) => s.count > 0)
          .map((s) => ({ name: t(`marketDesk.overview.needStatus.${s.status}`), value: s.count })),
      },
    ],
  };
  const funnel = {
    tooltip: { trigger: "axis" },
    grid: { left: 80, right: 40, top: 10, bottom: 20 },
    xAxis: { type: "value", axisLabel: AXIS_LABEL, minInterval: 1 },
    yAxis: {
      type: "category",
      inverse: true,
      axisLabel: AXIS_LABEL,
      data: FUNNEL.map((k) => t(`marketDesk.overview.funnelStage.${k}`)),
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 26,
        label: { show: true, position: "right" },
        itemStyle: { color: "#52c41a", borderRadius: [0, 4, 4, 0] },
        data: FUNNEL.map((k) => data.funnel[k]),
      },
    ],
  };
  const monthly = {
    color: ["#1677ff", "#0b5d3f"],
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 40, right: 20, top: 20, bottom: 50 },
    xAxis: { type: "category", axisLabel: AXIS_LABEL, data: data.monthly.map((m) => m.month) },
    yAxis: { type: "value", axisLabel: AXIS_LABEL, minInterval: 1 },
    series: [
      { type: "bar", name: t("marketDesk.overview.monthlyPosted"), data: data.monthly.map((m) => m.posted) },
      { type: "line", name: t("marketDesk.overview.monthlyFunded"), data: data.monthly.map((m) => m.funded) },
    ],
  };
  const families = new Map<string, number>();
  for (const p of data.products) families.set(p.family, (families.get(p.family) ?? 0) + p.count);
  const subTypes = data.products.map((p) => ({
    name: p.subType ? label("subType", p.subType) : label("family", p.family),
    value: p.count,
  }));
  const byFamily = {
    color: PALETTE,
    tooltip: { trigger: "item" },
    series: [
      {
        type: "pie",
        radius: [0, "45%"],
        label: { position: "inner", fontSize: 11, color: "#fff", formatter: "{b}\n{c}" },
        labelLayout: { hideOverlap: true },
        data: [...families].map(([f, n]) => ({ name: label("family", f), value: n })),
      },
      { type: "pie", radius: ["50%", "70%"], label: { show: false }, data: subTypes },
    ],
  };
  const charts = [
    { key: "status", title: t("marketDesk.overview.byStatus"), option: byStatus },
    { key: "funnel", title: t("marketDesk.overview.funnel"), option: funnel },
    { key: "monthly", title: t("marketDesk.overview.monthly"), option: monthly },
    { key: "family", title: t("marketDesk.overview.byFamily"), option: byFamily },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {charts.map((c) => (
        <Col key={c.key} xs={24} xl={12}>
          <Card variant="borderless" title={c.title} size="small">
            <EChart option={c.option} testId={`overview-chart-${c.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
