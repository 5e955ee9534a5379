import { normalSf } from "../stats/special/normal.js";

export interface TestResult {
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * Two-sided two-proportion z test with the pooled proportion (statsmodels' proportions_ztest): z = (p1 − p2) /
 * √(p(1 − p)(1/n1 + 1/n2)). When every trial has the same outcome the proportions are equal: z = 0, p = 1.
 */
export function twoProportionZTest(
  successes1: number,
  n1: number,
  successes2: number,
  n2: number,
): TestResult {
  if (n1 <= 0 || n2 <= 0) return { statistic: Number.NaN, pValue: Number.NaN };
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const pooled = (successes1 + successes2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance <= 0) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / Math.sqrt(variance);
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
