import * as echarts from "echarts/core";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { type CSSProperties, useRef } from "react";
import type { ChartOption } from "../../../components/EChart";
// The shared chart module registers the chart types and components this canvas draws with.
import "../../../components/EChart";

/** What a click on a bar, a point or a slice reports. */
export interface ChartClick {
  seriesIndex?: number;
  dataIndex: number;
  name: string;
}

/**
 * An ECharts canvas like the shared EChart, but reporting clicks on its data items (the drill-downs start here).
 * The pointer cursor over items is ECharts' default.
 */
export function ClickableChart({
  option,
  onClick,
  onAxisClick,
  style,
  testId,
}: {
  option: ChartOption;
  onClick: (e: ChartClick) => void;
  /** A click anywhere in the plot: the category index under it (a thin line's points are hard to hit). */
  onAxisClick?: (dataIndex: number) => void;
  style?: CSSProperties;
  testId?: string;
}) {
  // The canvas is set up once: read the latest handler (the data behind it changes with the period).
  const axisClick = useRef(onAxisClick);
  axisClick.current = onAxisClick;
  const onChartReady = (chart: echarts.EChartsType) => {
    chart.getZr().on("click", (e: { offsetX: number; offsetY: number; target?: unknown }) => {
      if (e.target) return; // an item: the item's own click handles it
      const at = [e.offsetX, e.offsetY];
      if (!chart.containPixel("grid", at)) return;
      // In the grid's coordinates: [category index, value].
      const point = chart.convertFromPixel({ gridIndex: 0 }, at) as unknown;
      const index = Array.isArray(point) ? Number(point[0]) : Number.NaN;
      if (Number.isFinite(index)) axisClick.current?.(Math.round(index));
    });
  };
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        onEvents={{ click: (e: ChartClick) => onClick(e) }}
        onChartReady={onChartReady}
        style={{ height: 300, ...style }}
      />
    </div>
  );
}
