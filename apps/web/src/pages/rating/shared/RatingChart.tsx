import { BarChart, HeatmapChart, LineChart, PieChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { CSSProperties } from "react";

// The rating screens draw lines, heatmaps and marked bars besides the platform's bars and pies.
echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  MarkLineComponent,
  MarkPointComponent,
  CanvasRenderer,
]);

export type RatingChartOption = Parameters<echarts.EChartsType["setOption"]>[0];

export const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };

/** An ECharts canvas for the rating module; `testId` names its wrapper for the browser tests. */
export function RatingChart({
  option,
  style,
  testId,
}: {
  option: RatingChartOption;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height: 300, ...style }} />
    </div>
  );
}
