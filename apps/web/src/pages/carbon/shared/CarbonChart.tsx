import { BarChart, LineChart, PieChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { CSSProperties } from "react";

// Stacked bars, lines and bands of the carbon screens.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  CanvasRenderer,
]);

export type CarbonChartOption = Parameters<echarts.EChartsType["setOption"]>[0];

export const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };

/** An ECharts canvas for the carbon module; `testId` names its wrapper for the browser tests. */
export default function CarbonChart({
  option,
  style,
  testId,
}: {
  option: CarbonChartOption;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height: 300, ...style }} />
    </div>
  );
}
