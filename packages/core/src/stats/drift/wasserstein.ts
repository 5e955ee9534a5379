import { cdfDistanceIntegral } from "./cdf-distance.js";
import { CompensatedSum } from "./compensated-sum.js";
import { distanceResult, emptyResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

/** scipy.stats.wasserstein_distance(u, v): the area between the two empirical CDFs; NaN if either is empty. */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  return cdfDistanceIntegral(u, v, 1);
}

/** numpy.std(values) (population, ddof = 0), two-pass. */
function populationStd(values: Float64Array): number {
  const sum = new CompensatedSum();
  for (let at = 0; at < values.length; at++) {
    const x = values[at]!;
    sum.add(x);
  }
  const mean = sum.value() / values.length;
  const squares = new CompensatedSum();
  for (let at = 0; at < values.length; at++) {
    const x = values[at]!;
    squares.add((x - mean) * (x - mean));
  }
  return Math.sqrt(squares.value() / values.length);
}

/** The normed Wasserstein's divisor: the reference's population std, floored at 0.001. */
export function wassersteinScale(reference: Float64Array): number {
  return Math.max(populationStd(reference), 0.001);
}

/**
 * Evidently's normed Wasserstein: the distance over the reference's population std (floored at 0.001, so a constant
 * reference still gives a finite value); drifted when ≥ threshold. `scale` is `wassersteinScale(reference)`, passed
 * by callers that compare one reference with many windows.
 */
export function wassersteinDrift(
  reference: Float64Array,
  current: Float64Array,
  threshold = 0.1,
  scale?: number,
): DriftResult {
  if (reference.length === 0 || current.length === 0) return emptyResult(threshold);
  return distanceResult(
    wassersteinDistance(reference, current) / (scale ?? wassersteinScale(reference)),
    threshold,
  );
}
