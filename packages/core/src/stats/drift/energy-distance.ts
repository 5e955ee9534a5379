import { cdfDistanceIntegral } from "./cdf-distance.js";
import { distanceResult, emptyResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

/** scipy.stats.energy_distance(u, v) = √2 · (∫ (U − V)² dx)^½ over the empirical CDFs; NaN if either is empty. */
export function energyDistance(u: Float64Array, v: Float64Array): number {
  return Math.SQRT2 * Math.sqrt(cdfDistanceIntegral(u, v, 2));
}

/** Energy distance between the samples, unscaled; drifted when ≥ threshold. */
export function energyDrift(reference: Float64Array, current: Float64Array, threshold = 0.1): DriftResult {
  if (reference.length === 0 || current.length === 0) return emptyResult(threshold);
  return distanceResult(energyDistance(reference, current), threshold);
}
