import { distanceResult, emptyResult } from "./distance-result.js";
import { floorZeroShares } from "./floor-zero-shares.js";
import { sharesUsable } from "./shares-input.js";
import type { DriftResult } from "./types.js";

function normalized(shares: Float64Array): Float64Array {
  let total = 0;
  for (let at = 0; at < shares.length; at++) {
    const s = shares[at]!;
    total += s;
  }
  return shares.map((s) => s / total);
}

/**
 * scipy.stats.entropy(ref, cur): KL(ref ‖ cur) in nats after Evidently's zero fill (`floorZeroShares`) and
 * renormalising both sides to sum to 1. Drifted when ≥ threshold.
 */
export function klDrift(
  referenceShares: Float64Array,
  currentShares: Float64Array,
  threshold = 0.1,
): DriftResult {
  if (!sharesUsable(referenceShares, currentShares)) return emptyResult(threshold);
  const p = normalized(floorZeroShares(referenceShares));
  const q = normalized(floorZeroShares(currentShares));
  let kl = 0;
  for (let i = 0; i < p.length; i++) kl += p[i]! * Math.log(p[i]! / q[i]!);
  return distanceResult(kl, threshold);
}
