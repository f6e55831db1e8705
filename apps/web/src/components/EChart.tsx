import { BarChart, HeatmapChart, LineChart, PieChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { CSSProperties } from "react";

// Only what the platform draws (bars, pies, lines, heatmaps; marked lines, points and bands), so the echarts
// chunk stays small.
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
  MarkAreaComponent,
  CanvasRenderer,
]);

export type ChartOption = Parameters<echarts.EChartsType["setOption"]>[0];

/** Axis labels and names in the platform's muted green-grey. */
export const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };

/** An ECharts canvas (300 px high unless `style` says otherwise); `testId` names its wrapper for the browser tests. */
export function EChart({ option, style, testId }: { option: ChartOption; style?: CSSProperties; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height: 300, ...style }} />
    </div>
  );
}

export default EChart;
