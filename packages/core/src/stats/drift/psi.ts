import { distanceResult, emptyResult } from "./distance-result.js";
import { floorZeroShares } from "./floor-zero-shares.js";
import { sharesUsable } from "./shares-input.js";
import type { DriftResult } from "./types.js";

/**
 * Population stability index Σ (ref − cur) · ln(ref / cur) over aligned bin shares, after Evidently's zero fill on
 * each side (`floorZeroShares`); summed in bin order as Evidently does. Drifted when ≥ threshold.
 */
export function psiDrift(
  referenceShares: Float64Array,
  currentShares: Float64Array,
  threshold = 0.1,
): DriftResult {
  if (!sharesUsable(referenceShares, currentShares)) return emptyResult(threshold);
  const ref = floorZeroShares(referenceShares);
  const cur = floorZeroShares(currentShares);
  let psi = 0;
  for (let i = 0; i < ref.length; i++) psi += (ref[i]! - cur[i]!) * Math.log(ref[i]! / cur[i]!);
  return distanceResult(psi, threshold);
}
