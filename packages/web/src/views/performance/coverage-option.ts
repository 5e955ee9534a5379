import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption, toPairs } from "../../charts/time-series-option";
import { formatCount } from "../../format/format";

/** Labelled predictions per interval: coverage × predictions (a coverage point's count is the predictions). */
export function labelledPoints(coverage: readonly SeriesPoint[]): SeriesPoint[] {
  return coverage.map((p) => ({
    start: p.start,
    value: p.value === null ? 0 : Math.round(p.value * p.count),
    count: p.count,
  }));
}

/**
 * Label coverage as a line on a 0–100 % axis with predictions and labelled predictions as bars on a count axis,
 * so a dip with few labels reads as noise rather than a failure.
 */
export function coverageOption(coverage: readonly SeriesPoint[], from: number, to: number): ChartOption {
  const base = timeSeriesOption({
    lines: [{ name: "label coverage", points: coverage, colour: PALETTE.good }],
    metric: "labelCoverage",
    from,
    to,
    yMin: 0,
    yMax: 1,
  }) as { series: Record<string, unknown>[]; yAxis: Record<string, unknown>; grid: Record<string, unknown> };
  const bars = (name: string, data: [number, number | null][], colour: string, opacity: number) => ({
    name,
    type: "bar",
    yAxisIndex: 1,
    data,
    color: colour,
    barGap: "-100%",
    barMaxWidth: 14,
    itemStyle: { opacity },
    // The axis tooltip formats values as the line's percentages; bars are counts.
    tooltip: { valueFormatter: (v: unknown) => (typeof v === "number" ? formatCount(v) : "—") },
    z: 1,
  });
  return {
    ...base,
    grid: { ...base.grid, top: 36, right: 56 },
    legend: { top: 0, type: "scroll" },
    yAxis: [
      base.yAxis,
      {
        type: "value",
        min: 0,
        name: "predictions",
        nameTextStyle: { align: "right" },
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatCount(v) },
      },
    ],
    series: [
      bars("predictions", toPairs(coverage.map((p) => ({ ...p, value: p.count }))), PALETTE.neutral, 0.35),
      bars("labelled", toPairs(labelledPoints(coverage)), PALETTE.sky, 0.7),
      { ...base.series[0], z: 3 },
    ],
  };
}
