import { BarChart, HeatmapChart, LineChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  ScatterChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

export interface EChartProps {
  readonly option: ChartOption;
  /** CSS height; the width follows the container. */
  readonly height?: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  readonly label: string;
  readonly onClick?: (params: {
    readonly dataIndex: number;
    readonly seriesName?: string;
    readonly name?: string;
  }) => void;
  readonly testId?: string;
}

/** An ECharts instance bound to a div: created once, updated with each option, resized with its container. */
export function EChart({ option, height = 240, label, onClick, testId }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (element.current === null) return;
    const instance = echarts.init(element.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element.current);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (instance === null || onClick === undefined) return;
    const handler = (params: unknown) =>
      onClick(params as { dataIndex: number; seriesName?: string; name?: string });
    instance.on("click", handler);
    return () => {
      instance.off("click", handler);
    };
  }, [onClick]);

  // ECharts writes its own generated aria-label on the element it draws in: ours goes on a wrapper it leaves alone.
  return (
    <div className="chart" role="img" aria-label={label} data-testid={testId}>
      <div ref={element} style={{ height }} />
    </div>
  );
}
