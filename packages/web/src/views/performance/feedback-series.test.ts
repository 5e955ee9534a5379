import { describe, expect, it } from "vitest";
import type { SeriesPoint, Timeseries } from "../../api/types";
import { feedbackTotals, hasNoFeedback } from "./feedback-series";

const at = (day: number) => `2026-11-0${day}T00:00:00.000Z`;
const points = (...values: [number | null, number][]): SeriesPoint[] =>
  values.map(([value, count], i) => ({ start: at(i + 1), value, count }));

const timeseries = (count: SeriesPoint[], share: SeriesPoint[], rating: SeriesPoint[]): Timeseries => ({
  interval: "1d",
  from: at(1),
  to: at(4),
  series: [
    { metric: "feedback.count", points: count },
    { metric: "feedback.positiveShare", points: share },
    { metric: "feedback.rating.mean", points: rating },
  ],
});

describe("feedbackTotals", () => {
  it.each([
    {
      name: "weights each bucket's share and rating by the thumbs and ratings it rests on",
      data: timeseries(
        points([5, 100], [0, 80], [3, 90]),
        points([0.75, 4], [null, 0], [0, 2]),
        points([4, 1], [null, 0], [2, 3]),
      ),
      totals: { records: 8, thumbs: 6, positiveShare: 0.5, ratings: 4, ratingMean: 2.5 },
    },
    {
      name: "has no share or mean without thumbs or ratings",
      data: timeseries(points([2, 10]), points([null, 0]), points([null, 0])),
      totals: { records: 2, thumbs: 0, positiveShare: null, ratings: 0, ratingMean: null },
    },
    {
      name: "reads a missing series as no feedback",
      data: { interval: "1h", from: at(1), to: at(2), series: [] },
      totals: { records: 0, thumbs: 0, positiveShare: null, ratings: 0, ratingMean: null },
    },
  ])("$name", ({ data, totals }) => {
    expect(feedbackTotals(data)).toEqual(totals);
  });

  it.each([
    [timeseries(points([0, 100], [0, 80]), points([null, 0]), points([null, 0])), true],
    [timeseries(points([0, 100], [1, 80]), points([null, 0]), points([null, 0])), false],
  ] as const)("hasNoFeedback is %#: no records in any bucket", (data, empty) => {
    expect(hasNoFeedback(data)).toBe(empty);
  });
});
