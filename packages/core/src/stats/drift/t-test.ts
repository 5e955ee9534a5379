import { studentTSf } from "../special/student-t.js";
import { CompensatedSum } from "./compensated-sum.js";
import { emptyResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

interface Moments {
  readonly mean: number;
  /** The sample variance (n − 1 in the denominator). */
  readonly variance: number;
}

function moments(values: Float64Array): Moments {
  const sum = new CompensatedSum();
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    sum.add(v);
  }
  const mean = sum.value() / values.length;
  const squares = new CompensatedSum();
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    squares.add((v - mean) * (v - mean));
  }
  return { mean, variance: squares.value() / (values.length - 1) };
}

/**
 * Welch's unequal-variance t-test, scipy.stats.ttest_ind(reference, current, equal_var=False), two-sided; drifted when
 * p < threshold. Where scipy has no finite answer: fewer than two values on a side, or non-finite values, give nulls;
 * both samples constant gives nulls when the means agree (scipy: NaN) and statistic null (±∞), p = 0, drifted when they
 * differ (scipy: t = ±∞, p = 0).
 */
export function tTest(reference: Float64Array, current: Float64Array, threshold = 0.05): DriftResult {
  const n1 = reference.length;
  const n2 = current.length;
  if (n1 < 2 || n2 < 2) return emptyResult(threshold);
  const a = moments(reference);
  const b = moments(current);
  if (![a.mean, a.variance, b.mean, b.variance].every(Number.isFinite)) return emptyResult(threshold);
  const vn1 = a.variance / n1;
  const vn2 = b.variance / n2;
  if (vn1 + vn2 === 0) {
    if (a.mean === b.mean) return emptyResult(threshold);
    return { statistic: null, pValue: 0, threshold, drifted: true };
  }
  const welchDf = (vn1 + vn2) ** 2 / (vn1 ** 2 / (n1 - 1) + vn2 ** 2 / (n2 - 1));
  // Squares of tiny variances can underflow to 0/0; scipy then takes df = 1.
  const df = Number.isNaN(welchDf) ? 1 : welchDf;
  const t = (a.mean - b.mean) / Math.sqrt(vn1 + vn2);
  const pValue = 2 * studentTSf(Math.abs(t), df);
  if (!Number.isFinite(t) || !Number.isFinite(pValue)) return emptyResult(threshold);
  return { statistic: t, pValue, threshold, drifted: pValue < threshold };
}
