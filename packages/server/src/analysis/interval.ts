export const INTERVALS = { "5m": 5 * 60_000, "1h": 3600_000, "1d": 86_400_000 } as const;
export type IntervalName = keyof typeof INTERVALS;

/** A query returns at most this many buckets per series. */
export const MAX_BUCKETS = 10_000;

/** Buckets aligned to UTC multiples of the interval, covering [from, to). */
export function bucketRange(
  from: number,
  to: number,
  intervalMs: number,
): { origin: number; buckets: number } {
  const origin = Math.floor(from / intervalMs) * intervalMs;
  return { origin, buckets: Math.max(1, Math.ceil((to - origin) / intervalMs)) };
}
