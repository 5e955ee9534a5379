import { ascending } from "../sorted-copy.js";
import { CompensatedSum } from "./compensated-sum.js";
import { emptyResult, testResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

/** Significance levels of Scholz & Stephens' (1987) Table 2, and the critical values for k = 2 samples (b0 + b1 + b2). */
const LEVELS = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
const CRITICAL = [
  0.675 + -0.245 + -0.105,
  1.281 + 0.25 + -0.305,
  1.645 + 0.678 + -0.362,
  1.96 + 1.149 + -0.391,
  2.326 + 1.822 + -0.396,
  2.573 + 2.364 + -0.345,
  3.085 + 3.615 + -0.154,
];

/**
 * Coefficients [c2, c1, c0] of the least-squares quadratic through (x, y), as numpy.polyfit(x, y, 2): Householder QR
 * of the Vandermonde matrix with unit-norm columns.
 */
function quadraticFit(x: readonly number[], y: readonly number[]): [number, number, number] {
  const rows = x.length;
  const columns = [x.map((v) => v * v), x.map((v) => v), x.map(() => 1)];
  const scales = columns.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  const a = columns.map((c, j) => c.map((v) => v / scales[j]!));
  const rhs = [...y];
  for (let j = 0; j < 3; j++) {
    const col = a[j]!;
    let norm = 0;
    for (let i = j; i < rows; i++) norm += col[i]! * col[i]!;
    norm = Math.sqrt(norm);
    const alpha = col[j]! > 0 ? -norm : norm;
    const v = col.map((value, i) => (i < j ? 0 : i === j ? value - alpha : value));
    const vv = v.reduce((s, value) => s + value * value, 0);
    const reflect = (target: number[]) => {
      const dot = target.reduce((s, value, i) => s + value * v[i]!, 0);
      for (let i = j; i < rows; i++) target[i]! -= (2 * dot * v[i]!) / vv;
    };
    for (let k = j; k < 3; k++) reflect(a[k]!);
    reflect(rhs);
  }
  const c = [0, 0, 0];
  for (let j = 2; j >= 0; j--) {
    let s = rhs[j]!;
    for (let k = j + 1; k < 3; k++) s -= a[k]![j]! * c[k]!;
    c[j] = s / a[j]![j]!;
  }
  return [c[0]! / scales[0]!, c[1]! / scales[1]!, c[2]! / scales[2]!];
}

const FIT = quadraticFit(
  CRITICAL,
  LEVELS.map((p) => Math.log(p)),
);

/**
 * scipy 1.10's approximate p-value of the standardised statistic: exp of the quadratic fitted to (critical value,
 * ln level), capped to [0.001, 0.25] outside the table.
 */
function andersonPValue(statistic: number): number {
  if (statistic < CRITICAL[0]!) return 0.25;
  if (statistic > CRITICAL[CRITICAL.length - 1]!) return 0.001;
  return Math.exp((FIT[0] * statistic + FIT[1]) * statistic + FIT[2]);
}

export interface AndersonResult {
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * scipy.stats.anderson_ksamp([x, y]) (1.10, midrank = true): Scholz & Stephens' A²akN (eq. 7) for two samples,
 * standardised by its exact variance under H0, in O(n log n). null where scipy fails: a sample empty, fewer than two
 * distinct values, or fewer than 4 values in all (scipy's variance divides by zero).
 */
export function andersonKSamples(x: Float64Array, y: Float64Array): AndersonResult | null {
  const n1 = x.length;
  const n2 = y.length;
  const total = n1 + n2;
  if (n1 === 0 || n2 === 0 || total < 4) return null;
  const xs = ascending(x);
  const ys = ascending(y);
  if (Number.isNaN(xs[n1 - 1]!) || Number.isNaN(ys[n2 - 1]!)) return null;
  const inner1 = new CompensatedSum();
  const inner2 = new CompensatedSum();
  let distinct = 0;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = Math.min(
      i < n1 ? xs[i]! : Number.POSITIVE_INFINITY,
      j < n2 ? ys[j]! : Number.POSITIVE_INFINITY,
    );
    let i2 = i;
    let j2 = j;
    while (i2 < n1 && xs[i2] === value) i2++;
    while (j2 < n2 && ys[j2] === value) j2++;
    distinct++;
    const ties = i2 - i + (j2 - j);
    // Midrank counts: pooled values below plus half the ties, and the same within each sample.
    const b = i + j + ties / 2;
    const m1 = i + (i2 - i) / 2;
    const m2 = j + (j2 - j) / 2;
    const denominator = b * (total - b) - (total * ties) / 4;
    inner1.add(((ties / total) * (total * m1 - b * n1) ** 2) / denominator);
    inner2.add(((ties / total) * (total * m2 - b * n2) ** 2) / denominator);
    i = i2;
    j = j2;
  }
  if (distinct < 2) return null;
  const a2kn = (inner1.value() / n1 + inner2.value() / n2) * ((total - 1) / total);
  // Harmonic sums of Scholz & Stephens' variance: h = Σ_{i<N} 1/i and g = Σ_{i<j<N} 1/((N − i) j), in scipy's order.
  const bigH = 1 / n1 + 1 / n2;
  let tail = 0;
  const g = new CompensatedSum();
  for (let step = 0; step < total - 2; step++) {
    tail += 1 / (total - 1 - step);
    g.add(tail / (step + 2));
  }
  const h = tail + 1;
  const gv = g.value();
  const k = 2;
  const coefA = (4 * gv - 6) * (k - 1) + (10 - 6 * gv) * bigH;
  const coefB = (2 * gv - 4) * k ** 2 + 8 * h * k + (2 * gv - 14 * h - 4) * bigH - 8 * h + 4 * gv - 6;
  const coefC = (6 * h + 2 * gv - 2) * k ** 2 + (4 * h - 4 * gv + 6) * k + (2 * h - 6) * bigH + 4 * h;
  const coefD = (2 * h + 6) * k ** 2 - 4 * h * k;
  const n = total;
  const variance =
    (coefA * (n * n * n) + coefB * (n * n) + coefC * n + coefD) / ((n - 1) * (n - 2) * (n - 3));
  const statistic = (a2kn - (k - 1)) / Math.sqrt(variance);
  return { statistic, pValue: andersonPValue(statistic) };
}

/** Two-sample Anderson–Darling test; drifted when scipy's capped p-value is < threshold. */
export function andersonDrift(reference: Float64Array, current: Float64Array, threshold = 0.05): DriftResult {
  const result = andersonKSamples(reference, current);
  if (!result) return emptyResult(threshold);
  return testResult(result.statistic, result.pValue, threshold);
}
