import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption, toPairs } from "../../charts/time-series-option";
import { formatCount } from "../../format/format";

const countText = (v: unknown) => (typeof v === "number" ? formatCount(v) : "—");

/**
 * The thumbs-up share as a line on a 0–100 % axis over feedback records as bars on a count axis, so a swing that
 * rests on two thumbs reads as noise; a bucket without thumbs is a gap in the line.
 */
export function feedbackOption(
  share: readonly SeriesPoint[],
  records: readonly SeriesPoint[],
  from: number,
  to: number,
): ChartOption {
  const base = timeSeriesOption({
    lines: [{ name: "thumbs up", points: share, colour: PALETTE.current }],
    metric: "feedback.positiveShare",
    from,
    to,
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
        minInterval: 1,
        name: "records",
        nameTextStyle: { align: "right" },
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatCount(v) },
      },
    ],
    series: [
      {
        name: "feedback records",
        type: "bar",
        yAxisIndex: 1,
        data: toPairs(records),
        color: PALETTE.sky,
        barMaxWidth: 14,
        itemStyle: { opacity: 0.6 },
        // The axis tooltip formats values as the line's percentages; records are counts.
        tooltip: { valueFormatter: countText },
        z: 1,
      },
      { ...base.series[0], z: 3 },
    ],
  };
}

/** The mean rating per interval: a gap where no prediction of the bucket was rated. */
export function ratingOption(rating: readonly SeriesPoint[], from: number, to: number): ChartOption {
  return timeSeriesOption({
    lines: [{ name: "mean rating", points: rating, colour: PALETTE.reference }],
    metric: "feedback.rating.mean",
    from,
    to,
  });
}
