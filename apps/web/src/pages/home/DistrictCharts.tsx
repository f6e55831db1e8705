import { type TDistrictOverview, zEnterpriseSize } from "@greenfin/contracts";
import { Card, Col, Empty, Row } from "antd";
import { useTranslation } from "react-i18next";
import { CHART_COLORS } from "../../app/theme";
import EChart, { type ChartOption } from "../../components/EChart";
import { useLang } from "../../lib/labels";

const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };
const SPLIT_LINE = { lineStyle: { color: "#eef2f0" } };
const SIZE_COLORS = ["#074a32", "#0b6b47", "#3fb984", "#a6e3c4"];
const TOOLTIP = { trigger: "axis" as const, axisPointer: { type: "shadow" as const } };

/** The zone's make-up as charts: industry sections, size classes, areas. Loaded lazily with echarts. */
export default function DistrictCharts({ data }: { data: TDistrictOverview }) {
  const { t } = useTranslation();
  const lang = useLang();

  const sections = [...data.enterprisesBySection].sort((a, b) => a.count - b.count);
  const sectionOption: ChartOption = {
    color: [CHART_COLORS[0]],
    tooltip: TOOLTIP,
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    yAxis: {
      type: "category",
      data: sections.map((s) => `${s.section} ${lang === "en" ? s.nameEn : s.nameZh}`),
      axisLabel: { ...AXIS_LABEL, width: lang === "en" ? 230 : 200, overflow: "truncate" },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#d5dfda" } },
    },
    series: [
      {
        type: "bar",
        name: t("district.count"),
        data: sections.map((s) => s.count),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: "right", color: "#33413a" },
      },
    ],
  };

  const sizeCount = new Map(data.enterprisesBySize.map((s) => [t(`sizes.${s.size}`), s.count.toLocaleString(lang)]));
  const sizeOption: ChartOption = {
    color: [...CHART_COLORS],
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: {
      bottom: 0,
      icon: "circle",
      itemWidth: 8,
      itemHeight: 8,
      textStyle: AXIS_LABEL,
      formatter: (name: string) => `${name} ${sizeCount.get(name) ?? 0}`,
    },
    series: [
      {
        type: "pie",
        radius: ["40%", "62%"],
        center: ["50%", "45%"],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: "#fff", borderWidth: 2 },
        label: {
          formatter: (p: { name: string; percent?: number }) => `${p.name} ${Math.round(p.percent ?? 0)}%`,
          color: "#33413a",
        },
        labelLine: { length: 10, length2: 8 },
        data: zEnterpriseSize.options.flatMap((size, i) => {
          const hit = data.enterprisesBySize.find((s) => s.size === size);
          return hit ? [{ name: t(`sizes.${size}`), value: hit.count, itemStyle: { color: SIZE_COLORS[i] } }] : [];
        }),
      },
    ],
  };

  const areas = [...data.enterprisesByArea].sort((a, b) => b.count - a.count);
  const areaOption: ChartOption = {
    color: [CHART_COLORS[2]],
    tooltip: TOOLTIP,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: "category",
      data: areas.map((a) => a.area),
      axisLabel: { ...AXIS_LABEL, interval: 0, rotate: areas.length > 6 ? 30 : 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#d5dfda" } },
    },
    yAxis: { type: "value", minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    series: [
      {
        type: "bar",
        name: t("district.count"),
        data: areas.map((a) => a.count),
        barMaxWidth: 36,
        itemStyle: { borderRadius: [4, 4, 0, 0] },
        label: { show: true, position: "top", color: "#33413a" },
      },
    ],
  };

  // Enterprises dwarf everyone else, so this chart shows the institutions that serve them.
  const kinds = data.byKind
    .filter((k) => k.kind !== "district" && k.kind !== "enterprise")
    .sort((a, b) => a.count - b.count);
  const kindOption: ChartOption = {
    color: [CHART_COLORS[2]],
    tooltip: TOOLTIP,
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    yAxis: {
      type: "category",
      data: kinds.map((k) => t(`kinds.${k.kind}`)),
      axisLabel: AXIS_LABEL,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#d5dfda" } },
    },
    series: [
      {
        type: "bar",
        name: t("district.count"),
        data: kinds.map((k) => k.count),
        barMaxWidth: 18,
        itemStyle: { borderRadius: [0, 4, 4, 0], color: CHART_COLORS[3] },
        label: { show: true, position: "right", color: "#33413a" },
      },
    ],
  };

  const topHeight = Math.max(300, sections.length * 30 + 20);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ padding: "60px 0" }} />;
  const card = { variant: "borderless" as const, style: { height: "100%" } };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card {...card} title={t("district.bySection")}>
          {sections.length ? (
            <EChart testId="chart-sections" option={sectionOption} style={{ height: topHeight }} />
          ) : (
            empty
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card {...card} title={t("district.bySize")}>
          {data.enterprisesBySize.length ? (
            <EChart testId="chart-sizes" option={sizeOption} style={{ height: topHeight }} />
          ) : (
            empty
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card {...card} title={t("district.byArea")}>
          {areas.length ? <EChart testId="chart-areas" option={areaOption} style={{ height: 280 }} /> : empty}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card {...card} title={t("district.byKind")}>
          {kinds.length ? <EChart testId="chart-kinds" option={kindOption} style={{ height: 280 }} /> : empty}
        </Card>
      </Col>
    </Row>
  );
}
