import { seriesOf } from "../../api/queries";
import type { SeriesPoint, Timeseries } from "../../api/types";

/** The time series the feedback panel asks for: records per bucket, thumbs-up share of thumbs, mean rating. */
export const FEEDBACK_METRICS = ["feedback.count", "feedback.positiveShare", "feedback.rating.mean"] as const;

export interface FeedbackTotals {
  /** Feedback records of every kind on the window's predictions. */
  readonly records: number;
  /** Thumbs records, up and down. */
  readonly thumbs: number;
  /** Thumbs up over all thumbs in the window; null without thumbs. */
  readonly positiveShare: number | null;
  readonly ratings: number;
  /** The window's mean rating; null without ratings. */
  readonly ratingMean: number | null;
}

/** Σ value·count / Σ count: a bucket's point counts the records its value rests on (thumbs, ratings). */
function weighted(points: readonly SeriesPoint[]): { readonly n: number; readonly mean: number | null } {
  let n = 0;
  let sum = 0;
  for (const p of points) {
    if (p.value === null || p.count <= 0) continue;
    n += p.count;
    sum += p.value * p.count;
  }
  return { n, mean: n > 0 ? sum / n : null };
}

/** The window's feedback in numbers, from the per-bucket series (each bucket weighted by what it rests on). */
export function feedbackTotals(data: Timeseries): FeedbackTotals {
  const records = seriesOf(data, "feedback.count").reduce((sum, p) => sum + (p.value ?? 0), 0);
  const share = weighted(seriesOf(data, "feedback.positiveShare"));
  const rating = weighted(seriesOf(data, "feedback.rating.mean"));
  return {
    records,
    thumbs: share.n,
    positiveShare: share.mean,
    ratings: rating.n,
    ratingMean: rating.mean,
  };
}

/** True when no prediction of the window has feedback: the panel then says how to send some. */
export function hasNoFeedback(data: Timeseries): boolean {
  return feedbackTotals(data).records === 0;
}
