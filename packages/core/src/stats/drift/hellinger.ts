import { distanceResult, emptyResult } from "./distance-result.js";
import { sharesUsable } from "./shares-input.js";
import type { DriftResult } from "./types.js";

/**
 * Hellinger distance √(1 − Σ √(ref · cur)) over shares that each sum to 1, computed as the equal √(½ Σ (√ref − √cur)²)
 * so that it cannot go negative and is exactly 0 for identical shares. Drifted when ≥ threshold.
 */
export function hellingerDrift(
  referenceShares: Float64Array,
  currentShares: Float64Array,
  threshold = 0.1,
): DriftResult {
  if (!sharesUsable(referenceShares, currentShares)) return emptyResult(threshold);
  let squares = 0;
  for (let i = 0; i < referenceShares.length; i++) {
    const d = Math.sqrt(referenceShares[i]!) - Math.sqrt(currentShares[i]!);
    squares += d * d;
  }
  return distanceResult(Math.min(1, Math.sqrt(squares / 2)), threshold);
}
