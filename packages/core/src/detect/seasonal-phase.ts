const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const SEASON_MS = { day: DAY, week: 7 * DAY } as const;
export type Season = keyof typeof SEASON_MS;

/** Where each history point sits in the season, relative to the current point. */
export interface SeasonalPhases {
  /** Phase bucket of each history point; −1 for points skipped (not before the current point). */
  readonly buckets: Int32Array;
  /** Whether each history point is in the current point's phase, at least one season back. */
  readonly samePhase: Uint8Array;
}

/**
 * Phases by time: a point `offset` ms before the current one is in bucket ⌊((offset + tolerance) mod season) /
 * (2·tolerance)⌋, so bucket 0 holds the points k seasons back give or take `tolerance` (half-open,
 * [kP − tol, kP + tol)); the same phase needs k ≥ 1. Seasons are fixed lengths of UTC time: a daylight-saving shift
 * moves local patterns by an hour.
 */
export function phasesByTime(
  timestamps: readonly number[],
  currentTimestamp: number,
  seasonMs: number,
  toleranceMs: number,
): SeasonalPhases {
  const buckets = new Int32Array(timestamps.length);
  const samePhase = new Uint8Array(timestamps.length);
  timestamps.forEach((t, i) => {
    const offset = currentTimestamp - t;
    if (!(offset > 0)) {
      buckets[i] = -1;
      return;
    }
    const bucket = Math.floor(((offset + toleranceMs) % seasonMs) / (2 * toleranceMs));
    buckets[i] = bucket;
    samePhase[i] = bucket === 0 && offset >= seasonMs - toleranceMs ? 1 : 0;
  });
  return { buckets, samePhase };
}

/** Phases by position: the current point follows the last of `length` history points; `period` is in points. */
export function phasesByPosition(length: number, period: number): SeasonalPhases {
  const buckets = new Int32Array(length);
  const samePhase = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const bucket = (length - i) % period;
    buckets[i] = bucket;
    samePhase[i] = bucket === 0 ? 1 : 0;
  }
  return { buckets, samePhase };
}
