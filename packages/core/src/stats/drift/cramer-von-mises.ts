import { ascending } from "../sorted-copy.js";
import { CompensatedSum } from "./compensated-sum.js";
import { cvmExactPValue } from "./cvm-exact.js";
import { cvmLimitCdf } from "./cvm-limit-cdf.js";
import { emptyResult, testResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

/** Above this many observations in either sample scipy's method="auto" leaves the exact p-value for the limit. */
const EXACT_MAX_SIZE = 20;

export interface CramerVonMisesResult {
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * scipy.stats.cramervonmises_2samp(x, y) (1.10, method "auto"): T from midranks of the pooled sample (Anderson 1962,
 * eq. 9); the exact p-value when both samples have ≤ 20 values, else the limiting distribution of the standardised T
 * (eq. 15). O(n log n). null when a sample has fewer than two values (scipy raises).
 */
export function cramerVonMises(x: Float64Array, y: Float64Array): CramerVonMisesResult | null {
  const nx = x.length;
  const ny = y.length;
  if (nx < 2 || ny < 2) return null;
  const xs = ascending(x);
  const ys = ascending(y);
  if (Number.isNaN(xs[nx - 1]!) || Number.isNaN(ys[ny - 1]!)) return null;
  // Σ (rank − position)² per sample, walking tied groups of the pooled sample; x's come first in scipy's pooled order.
  // Compensated sums: the terms reach n², and T below is a small difference of large numbers.
  const sumX = new CompensatedSum();
  const sumY = new CompensatedSum();
  let i = 0;
  let j = 0;
  while (i < nx || j < ny) {
    const value = Math.min(
      i < nx ? xs[i]! : Number.POSITIVE_INFINITY,
      j < ny ? ys[j]! : Number.POSITIVE_INFINITY,
    );
    let i2 = i;
    let j2 = j;
    while (i2 < nx && xs[i2] === value) i2++;
    while (j2 < ny && ys[j2] === value) j2++;
    // Pooled ranks i + j + 1 … i2 + j2 share their mean.
    const rank = (i + j + 1 + i2 + j2) / 2;
    for (let p = i; p < i2; p++) sumX.add((rank - (p + 1)) ** 2);
    for (let p = j; p < j2; p++) sumY.add((rank - (p + 1)) ** 2);
    i = i2;
    j = j2;
  }
  const u = nx * sumX.value() + ny * sumY.value();
  const k = nx * ny;
  const n = nx + ny;
  const statistic = u / (k * n) - (4 * k - 1) / (6 * n);
  if (Math.max(nx, ny) <= EXACT_MAX_SIZE) return { statistic, pValue: cvmExactPValue(u, nx, ny) };
  const mean = (1 + 1 / n) / 6;
  const variance = ((n + 1) * (4 * k * n - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * n * n * 4 * k);
  const standardised = 1 / 6 + (statistic - mean) / Math.sqrt(45 * variance);
  // Below 0.003 the limiting CDF is under 1.3e-18.
  const pValue = standardised < 0.003 ? 1 : Math.max(0, 1 - cvmLimitCdf(standardised));
  return { statistic, pValue };
}

/** Two-sample Cramér–von Mises test; drifted when p < threshold. */
export function cramerVonMisesDrift(
  reference: Float64Array,
  current: Float64Array,
  threshold = 0.05,
): DriftResult {
  const result = cramerVonMises(reference, current);
  if (!result) return emptyResult(threshold);
  return testResult(result.statistic, result.pValue, threshold);
}
