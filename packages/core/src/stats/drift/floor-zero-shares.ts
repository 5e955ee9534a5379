/**
 * Evidently's zero fill for PSI and KL, applied to each side on its own: zero shares become 0.0001, or the side's
 * smallest non-zero share / 1e6 when that share is itself ≤ 0.0001 (so the fill stays below every real share).
 * Returns a copy; an all-zero side is returned unchanged.
 */
export function floorZeroShares(shares: Float64Array): Float64Array {
  let smallest = Number.POSITIVE_INFINITY;
  for (let at = 0; at < shares.length; at++) {
    const s = shares[at]!;
    if (s !== 0 && s < smallest) smallest = s;
  }
  if (smallest === Number.POSITIVE_INFINITY) return shares.slice();
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}
