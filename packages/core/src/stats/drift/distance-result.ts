import type { DriftResult } from "./types.js";

/** A distance's result: no p-value, drifted when statistic ≥ threshold; a non-finite statistic becomes null. */
export function distanceResult(statistic: number, threshold: number): DriftResult {
  if (!Number.isFinite(statistic)) return { statistic: null, pValue: null, threshold, drifted: false };
  return { statistic, pValue: null, threshold, drifted: statistic >= threshold };
}

/** A test's result: drifted when p < threshold; a non-finite statistic or p-value makes both null. */
export function testResult(statistic: number, pValue: number, threshold: number): DriftResult {
  if (!Number.isFinite(statistic) || !Number.isFinite(pValue)) {
    return { statistic: null, pValue: null, threshold, drifted: false };
  }
  return { statistic, pValue, threshold, drifted: pValue < threshold };
}

export function emptyResult(threshold: number): DriftResult {
  return { statistic: null, pValue: null, threshold, drifted: false };
}
