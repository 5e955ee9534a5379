import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { shareOverCountsOption } from "./share-over-counts-option";

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
  return shareOverCountsOption({
    line: { name: "label coverage", points: coverage, colour: PALETTE.good },
    metric: "labelCoverage",
    countAxis: "predictions",
    bars: [
      {
        name: "predictions",
        points: coverage.map((p) => ({ ...p, value: p.count })),
        colour: PALETTE.neutral,
        opacity: 0.35,
      },
      { name: "labelled", points: labelledPoints(coverage), colour: PALETTE.sky, opacity: 0.7 },
    ],
    from,
    to,
  });
}
