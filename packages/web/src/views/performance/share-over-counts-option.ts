import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { timeSeriesOption, toPairs } from "../../charts/time-series-option";
import { formatCount } from "../../format/format";

export interface CountBars {
  readonly name: string;
  readonly points: readonly SeriesPoint[];
  readonly colour: string;
  readonly opacity: number;
}

/**
 * A share as a line on a 0–100 % axis over counts as bars on a second axis (overlapping, not side by side), so a
 * swing that rests on few rows reads as noise. The bars' tooltip shows counts, not the line's percentages.
 */
export function shareOverCountsOption(options: {
  readonly line: { readonly name: string; readonly points: readonly SeriesPoint[]; readonly colour: string };
  readonly metric: string;
  readonly countAxis: string;
  /** Whole numbers only on the count axis (e.g. when a bucket may hold 1 or 2). */
  readonly wholeCounts?: boolean;
  readonly bars: readonly CountBars[];
  readonly from: number;
  readonly to: number;
}): ChartOption {
  const base = timeSeriesOption({
    lines: [options.line],
    metric: options.metric,
    from: options.from,
    to: options.to,
    yMin: 0,
    yMax: 1,
  }) as { series: Record<string, unknown>[]; yAxis: Record<string, unknown>; grid: Record<string, unknown> };
  return {
    ...base,
    grid: { ...base.grid, top: 36, right: 56 },
    legend: { top: 0, type: "scroll" },
    yAxis: [
      base.yAxis,
      {
        type: "value",
        min: 0,
        ...(options.wholeCounts ? { minInterval: 1 } : {}),
        name: options.countAxis,
        nameTextStyle: { align: "right" },
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatCount(v) },
      },
    ],
    series: [
      ...options.bars.map((bar) => ({
        name: bar.name,
        type: "bar",
        yAxisIndex: 1,
        data: toPairs(bar.points),
        color: bar.colour,
        barGap: "-100%",
        barMaxWidth: 14,
        itemStyle: { opacity: bar.opacity },
        tooltip: { valueFormatter: (v: unknown) => (typeof v === "number" ? formatCount(v) : "—") },
        z: 1,
      })),
      { ...base.series[0], z: 3 },
    ],
  };
}
