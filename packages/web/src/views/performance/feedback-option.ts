import type { SeriesPoint } from "../../api/types";
import type { ChartOption } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { shareOverCountsOption } from "./share-over-counts-option";

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
  return shareOverCountsOption({
    line: { name: "thumbs up", points: share, colour: PALETTE.current },
    metric: "feedback.positiveShare",
    countAxis: "records",
    wholeCounts: true,
    bars: [{ name: "feedback records", points: records, colour: PALETTE.sky, opacity: 0.6 }],
    from,
    to,
  });
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
