import { ascending } from "../sorted-copy.js";
import { normalSf } from "../special/normal.js";
import { emptyResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

export interface MannWhitneyResult {
  /** U of the first sample: its rank sum (midranks for ties) less n₁(n₁+1)/2. */
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * scipy.stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic"): normal approximation with tie-corrected
 * variance n₁n₂/12·((n+1) − Σ(t³−t)/(n(n−1))) and continuity correction, p = 2·sf((max(U₁, U₂) − n₁n₂/2 − ½)/σ) capped
 * at 1. Ranks come from walking the two sorted copies (one O(n log n) sort each); null for an empty sample or NaN.
 */
export function mannWhitneyU(x: Float64Array, y: Float64Array): MannWhitneyResult | null {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return null;
  for (let at = 0; at < x.length; at++) {
    const v = x[at]!;
    if (Number.isNaN(v)) return null;
  }
  for (let at = 0; at < y.length; at++) {
    const v = y[at]!;
    if (Number.isNaN(v)) return null;
  }
  const xs = ascending(x);
  const ys = ascending(y);
  // Rank sum of x and Σ(t³ − t) over tied groups of the pooled sample.
  let rankSum = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = Math.min(
      i < n1 ? xs[i]! : Number.POSITIVE_INFINITY,
      j < n2 ? ys[j]! : Number.POSITIVE_INFINITY,
    );
    let i2 = i;
    let j2 = j;
    while (i2 < n1 && xs[i2]! === value) i2++;
    while (j2 < n2 && ys[j2]! === value) j2++;
    const tied = i2 - i + (j2 - j);
    // Pooled positions i + j + 1 … i + j + tied share the midrank.
    rankSum += (i2 - i) * (i + j + (tied + 1) / 2);
    tieTerm += tied * tied * tied - tied;
    i = i2;
    j = j2;
  }
  const u1 = rankSum - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const n = n1 + n2;
  // All values tied makes the variance 0 (rounding may take it just below): z = −∞ and p = 1, as in scipy.
  const sigma = Math.sqrt(Math.max(0, ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))));
  const z = (Math.max(u1, u2) - (n1 * n2) / 2 - 0.5) / sigma;
  const pValue = Math.min(2 * normalSf(z), 1);
  return { statistic: u1, pValue };
}

/** Mann–Whitney U drift test on the two samples; drifted when p < threshold. */
export function mannWhitneyTest(
  reference: Float64Array,
  current: Float64Array,
  threshold = 0.05,
): DriftResult {
  const result = mannWhitneyU(reference, current);
  if (!result || !Number.isFinite(result.pValue)) return emptyResult(threshold);
  return {
    statistic: result.statistic,
    pValue: result.pValue,
    threshold,
    drifted: result.pValue < threshold,
  };
}
