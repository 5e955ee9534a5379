import { ascending } from "../sorted-copy.js";
import { clipProbability } from "../special/clip-probability.js";
import { kolmogorovSf } from "../special/kolmogorov-two-sided.js";
import { emptyResult } from "./distance-result.js";
import { equalSizesTailProbability, pathCountingTailProbability } from "./ks-exact.js";
import type { DriftResult } from "./types.js";

/** scipy's MAX_AUTO_N: method "auto" is exact while both samples hold at most this many values. */
const EXACT_MAX_SIZE = 10_000;

export interface KsResult {
  readonly statistic: number;
  readonly pValue: number;
  /** Which p-value scipy's method "auto" ends up with: "asymp" also when the exact one failed (rounded above 1). */
  readonly method: "exact" | "asymp";
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function hasNaN(values: Float64Array): boolean {
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    if (Number.isNaN(v)) return true;
  }
  return false;
}

/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const rounded = Math.round(x);
  return rounded - x === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
}

/** max |F₁ − F₂| over the pooled sample, each ECDF difference formed as scipy does (i/n₁ − j/n₂). */
function maxEcdfGap(xs: Float64Array, ys: Float64Array): number {
  const n1 = xs.length;
  const n2 = ys.length;
  let i = 0;
  let j = 0;
  let gap = 0;
  while (i < n1 || j < n2) {
    const value = Math.min(
      i < n1 ? xs[i]! : Number.POSITIVE_INFINITY,
      j < n2 ? ys[j]! : Number.POSITIVE_INFINITY,
    );
    while (i < n1 && xs[i]! <= value) i++;
    while (j < n2 && ys[j]! <= value) j++;
    const difference = Math.abs(i / n1 - j / n2);
    if (difference > gap) gap = difference;
  }
  return gap;
}

/**
 * scipy.stats.ks_2samp(x, y) (1.10, two-sided, method "auto"): the largest ECDF gap; the exact p-value while both sizes
 * are ≤ 10 000 (then the statistic is snapped to h/lcm(n₁, n₂) as scipy does), else — or when the exact sum rounds
 * outside [0, 1] — kstwo.sf(D, round(n₁n₂/(n₁+n₂))). O(n log n) on sorted copies; null for an empty sample or NaN.
 */
export function ksTwoSample(x: Float64Array, y: Float64Array): KsResult | null {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return null;
  if (hasNaN(x) || hasNaN(y)) return null;
  const xs = ascending(x);
  const ys = ascending(y);
  let statistic = maxEcdfGap(xs, ys);
  if (Math.max(n1, n2) <= EXACT_MAX_SIZE) {
    const gcd = greatestCommonDivisor(n1, n2);
    const lcm = (n1 / gcd) * n2;
    const h = roundHalfEven(statistic * lcm);
    statistic = h / lcm;
    if (h === 0) return { statistic, pValue: 1, method: "exact" };
    const pValue = n1 === n2 ? equalSizesTailProbability(n1, h) : pathCountingTailProbability(n1, n2, gcd, h);
    if (pValue >= 0 && pValue <= 1) return { statistic, pValue, method: "exact" };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const effective = roundHalfEven((m * n) / (m + n));
  const pValue = clipProbability(kolmogorovSf(effective, statistic));
  return { statistic, pValue, method: "asymp" };
}

/** Two-sample Kolmogorov–Smirnov drift test; drifted when p ≤ threshold (Evidently's convention for KS). */
export function ksTest(reference: Float64Array, current: Float64Array, threshold = 0.05): DriftResult {
  const result = ksTwoSample(reference, current);
  if (!result || Number.isNaN(result.pValue)) return emptyResult(threshold);
  return {
    statistic: result.statistic,
    pValue: result.pValue,
    threshold,
    drifted: result.pValue <= threshold,
  };
}
