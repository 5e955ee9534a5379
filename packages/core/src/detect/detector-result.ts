/** A detector's answer about the latest point of a metric's series. JSON-safe: never NaN or Infinity. */
export type DetectorResult = DetectorVerdict | DetectorInsufficient;

/** Too little history to judge: a value, not an error, so that a monitor reports it and never alerts on it. */
export interface DetectorInsufficient {
  readonly status: "insufficient";
  /** Present (non-null, finite) points the detector needs, and how many it was given. */
  readonly need: number;
  readonly have: number;
  readonly reason: string;
}

export interface DetectorVerdict {
  readonly status: "ok" | "anomalous";
  /**
   * The signed statistic compared with `threshold` (anomalous when |score| > threshold), in the threshold's unit:
   * a robust z, a multiple of the EWMA's σ, a multiple of the baseline σ; null when the scale is 0.
   */
  readonly score: number | null;
  /** The sensitivity the score was compared with. */
  readonly threshold: number;
  /** The quantity judged: the current value, or for EWMA the EWMA statistic after it. */
  readonly observed: number;
  readonly expected: number | null;
  /** The band `observed` is expected in, in the metric's unit; null where a detector has no such band. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** One line for people: what was compared with what. */
  readonly reason: string;
  /** Change-point detectors only: the latest change found in the series, or null. */
  readonly change?: ChangePoint | null;
}

/** A shift in a series' level; indices count every input point, nulls included. */
export interface ChangePoint {
  /** Estimated first point of the new level: the point after the statistic was last at its floor. */
  readonly index: number;
  /** The point where the statistic first crossed the threshold. */
  readonly detectedAt: number;
  /** The point where the statistic was back at its floor, ending the change; null while it lasts. */
  readonly endedAt: number | null;
  readonly direction: "up" | "down";
  /** Means of the present points before `index`, and from `index` up to `endedAt` (or the end). */
  readonly before: number;
  readonly after: number;
}

export function insufficient(need: number, have: number, what: string): DetectorInsufficient {
  return {
    status: "insufficient",
    need,
    have,
    reason: `${have} ${what}, fewer than the ${need} needed`,
  };
}
