import { studentTSf } from "../stats/special/student-t.js";
import type { TestResult } from "./two-proportion-z-test.js";

/** A sample's size, mean and variance (n − 1 in the denominator). */
export interface SampleStats {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/**
 * Welch's two-sided t test from sufficient statistics (scipy.stats.ttest_ind_from_stats, equal_var=False) with
 * the Welch–Satterthwaite degrees of freedom. Fewer than two values on a side gives NaN; two constant samples give
 * p = 1 when their means agree and p = 0 (statistic ±∞) when they do not.
 */
export function welchTTest(a: SampleStats, b: SampleStats): TestResult {
  if (a.n < 2 || b.n < 2) return { statistic: Number.NaN, pValue: Number.NaN };
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  const difference = a.mean - b.mean;
  if (se2 <= 0) {
    return difference === 0
      ? { statistic: 0, pValue: 1 }
      : { statistic: difference > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY, pValue: 0 };
  }
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { statistic: t, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), df)) };
}
