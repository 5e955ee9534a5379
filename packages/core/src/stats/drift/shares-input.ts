/**
 * Whether two aligned share vectors can be compared: throws when their lengths differ (a caller bug), false when
 * either is empty or sums to zero or a share is negative or not finite.
 */
export function sharesUsable(reference: Float64Array, current: Float64Array): boolean {
  if (reference.length !== current.length) {
    throw new RangeError(
      `shares are not aligned: ${reference.length} reference vs ${current.length} current bins`,
    );
  }
  return positiveTotal(reference) && positiveTotal(current);
}

function positiveTotal(shares: Float64Array): boolean {
  let total = 0;
  for (let at = 0; at < shares.length; at++) {
    const s = shares[at]!;
    if (!(s >= 0) || s === Number.POSITIVE_INFINITY) return false;
    total += s;
  }
  return total > 0;
}
