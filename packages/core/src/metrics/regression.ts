import type { RegressionMetrics } from "../report/types.js";
import { CompensatedSum } from "../stats/drift/compensated-sum.js";
import { linearQuantile } from "../stats/linear-quantile.js";
import { sortedCopy } from "../stats/sorted-copy.js";

/** scikit-learn's mean_absolute_percentage_error floor for |target|: numpy.finfo(float64).eps. */
const EPS = Number.EPSILON;

const EMPTY: RegressionMetrics = {
  rows: 0,
  mae: null,
  rmse: null,
  mape: null,
  r2: null,
  meanError: null,
  maxError: null,
  errorQuantiles: { p05: null, p25: null, p50: null, p75: null, p95: null },
};

/** The value, or null when a sum overflowed to ±Infinity or NaN. */
function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

/**
 * Coefficient of determination as scikit-learn 1.2.1's r2_score (force_finite=True): a constant target gives 1 for
 * perfect predictions and 0 otherwise; null below two rows (scikit-learn returns NaN). A target whose values are
 * all equal counts as constant even where numpy's rounded mean would leave a tiny nonzero variance.
 */
function r2(target: Float64Array, squaredErrors: number, constant: boolean): number | null {
  const n = target.length;
  if (n < 2) return null;
  if (constant) return squaredErrors === 0 ? 1 : 0;
  const total = new CompensatedSum();
  for (const t of target) total.add(t);
  let mean = total.value() / n;
  const correction = new CompensatedSum();
  for (const t of target) correction.add(t - mean);
  mean += correction.value() / n;
  const variance = new CompensatedSum();
  for (const t of target) variance.add((t - mean) * (t - mean));
  return 1 - squaredErrors / variance.value();
}

/**
 * Regression metrics on the rows where both sides are finite (NaN is missing; scikit-learn rejects infinities), as scikit-learn 1.2.1 computes them: mean_absolute_error,
 * √mean_squared_error, mean_absolute_percentage_error (|error| / max(|target|, eps), a fraction), r2_score and
 * max_error; errors are prediction − target, their quantiles numpy's linear ones.
 */
export function regressionMetrics(target: Float64Array, prediction: Float64Array): RegressionMetrics {
  if (prediction.length !== target.length) {
    throw new RangeError(`target has ${target.length} rows but prediction has ${prediction.length}`);
  }
  let n = 0;
  for (let i = 0; i < target.length; i++)
    if (Number.isFinite(target[i]!) && Number.isFinite(prediction[i]!)) n++;
  if (n === 0) return EMPTY;
  const errors = new Float64Array(n);
  const targets = new Float64Array(n);
  const absolute = new CompensatedSum();
  const squared = new CompensatedSum();
  const percentage = new CompensatedSum();
  const signed = new CompensatedSum();
  let maxError = 0;
  let constant = true;
  for (let i = 0, j = 0; i < target.length; i++) {
    const t = target[i]!;
    const p = prediction[i]!;
    if (!(Number.isFinite(t) && Number.isFinite(p))) continue;
    const e = p - t;
    const a = Math.abs(e);
    errors[j] = e;
    targets[j] = t;
    absolute.add(a);
    squared.add(e * e);
    percentage.add(a / Math.max(Math.abs(t), EPS));
    signed.add(e);
    if (a > maxError) maxError = a;
    if (t !== targets[0]) constant = false;
    j++;
  }
  const sorted = sortedCopy(errors);
  return {
    rows: n,
    mae: finite(absolute.value() / n),
    rmse: finite(Math.sqrt(squared.value() / n)),
    mape: finite(percentage.value() / n),
    r2: finite(r2(targets, squared.value(), constant)),
    meanError: finite(signed.value() / n),
    maxError: finite(maxError),
    errorQuantiles: {
      p05: finite(linearQuantile(sorted, 0.05)),
      p25: finite(linearQuantile(sorted, 0.25)),
      p50: finite(linearQuantile(sorted, 0.5)),
      p75: finite(linearQuantile(sorted, 0.75)),
      p95: finite(linearQuantile(sorted, 0.95)),
    },
  };
}
