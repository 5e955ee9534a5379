import { distanceResult, emptyResult } from "./distance-result.js";
import { sharesUsable } from "./shares-input.js";
import type { DriftResult } from "./types.js";

/** x · ln(x / y) with 0 · ln 0 = 0 (scipy.special.rel_entr for x ≤ y's support). */
function relativeEntropy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(x / y);
}

/**
 * scipy.spatial.distance.jensenshannon(ref, cur): the square root of the JS divergence in nats (so at most √ln 2),
 * both sides renormalised to sum to 1, no zero fill. Drifted when ≥ threshold.
 */
export function jensenShannonDrift(
  referenceShares: Float64Array,
  currentShares: Float64Array,
  threshold = 0.1,
): DriftResult {
  if (!sharesUsable(referenceShares, currentShares)) return emptyResult(threshold);
  let refTotal = 0;
  let curTotal = 0;
  for (let at = 0; at < referenceShares.length; at++) {
    const s = referenceShares[at]!;
    refTotal += s;
  }
  for (let at = 0; at < currentShares.length; at++) {
    const s = currentShares[at]!;
    curTotal += s;
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < referenceShares.length; i++) {
    const p = referenceShares[i]! / refTotal;
    const q = currentShares[i]! / curTotal;
    const m = (p + q) / 2;
    left += relativeEntropy(p, m);
    right += relativeEntropy(q, m);
  }
  // Rounding can leave a hair below zero for identical inputs.
  return distanceResult(Math.sqrt(Math.max(0, (left + right) / 2)), threshold);
}
