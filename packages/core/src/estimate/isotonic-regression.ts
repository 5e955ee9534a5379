/** A fitted increasing step-and-ramp function: the knots (`x` ascending, `y` non-decreasing) and its evaluation. */
export interface IsotonicFit {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Linear interpolation between the knots, inputs clipped to [x₀, x_last] first (out_of_bounds="clip"); NaN stays NaN. */
  predict(scores: Float64Array): Float64Array;
}

/** numpy's float64 `finfo.resolution`: scikit-learn merges x values closer than this to the first of their group. */
const X_RESOLUTION = 1e-15;

/**
 * Pool-adjacent-violators in place over `y` with weights `w` (scikit-learn's `_inplace_contiguous_isotonic_regression`,
 * Best & Chakravarti's decreasing-run pooling with backtracking): `target[i]` links a block's first and last index.
 */
function poolAdjacentViolators(y: Float64Array, w: Float64Array): void {
  const n = y.length;
  const target = new Int32Array(n);
  for (let i = 0; i < n; i++) target[i] = i;
  let i = 0;
  while (i < n) {
    let k = target[i]! + 1;
    if (k === n) break;
    if (y[i]! < y[k]!) {
      i = k;
      continue;
    }
    let sumWy = w[i]! * y[i]!;
    let sumW = w[i]!;
    for (;;) {
      const prevY = y[k]!;
      sumWy += w[k]! * y[k]!;
      sumW += w[k]!;
      k = target[k]! + 1;
      if (k === n || prevY < y[k]!) {
        y[i] = sumWy / sumW;
        w[i] = sumW;
        target[i] = k - 1;
        target[k - 1] = i;
        if (i > 0) i = target[i - 1]!;
        break;
      }
    }
  }
  for (let start = 0; start < n; ) {
    const end = target[start]! + 1;
    y.fill(y[start]!, start + 1, end);
    start = end;
  }
}

/** np.interp on ascending knots for a value inside [x₀, x_last], with numpy's exact-knot and NaN fallbacks. */
function interpolate(xs: Float64Array, ys: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (v >= xs[hi]!) return ys[hi]!;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= v) lo = mid;
    else hi = mid;
  }
  if (xs[lo] === v) return ys[lo]!;
  const slope = (ys[lo + 1]! - ys[lo]!) / (xs[lo + 1]! - xs[lo]!);
  const out = slope * (v - xs[lo]!) + ys[lo]!;
  if (!Number.isNaN(out)) return out;
  const back = slope * (v - xs[lo + 1]!) + ys[lo + 1]!;
  return Number.isNaN(back) && ys[lo] === ys[lo + 1] ? ys[lo]! : back;
}

/**
 * Least-squares increasing fit of `y` on `x`, matching scikit-learn 1.2.1's
 * `IsotonicRegression(increasing=True, out_of_bounds="clip")` to the last bit: rows with weight ≤ 0 dropped, rows
 * sorted by (x, y), x values within 1e-15 of their group's first merged with weighted-mean y, PAVA, then knots
 * whose y equals both neighbours' removed. Rows with a NaN x, y or weight are skipped. Throws on no usable rows.
 */
export function isotonicRegression(x: Float64Array, y: Float64Array, weights?: Float64Array): IsotonicFit {
  if (x.length !== y.length || (weights && weights.length !== x.length)) {
    throw new RangeError("isotonicRegression: x, y and weights must have the same length");
  }
  const rows: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!) || !(w > 0)) continue;
    rows.push(i);
  }
  if (rows.length === 0)
    throw new RangeError("isotonicRegression: no rows with a finite x, y and positive weight");
  rows.sort((a, b) => x[a]! - x[b]! || y[a]! - y[b]! || a - b);

  const ux: number[] = [];
  const uy: number[] = [];
  const uw: number[] = [];
  let currentX = x[rows[0]!]!;
  let sumY = 0;
  let sumW = 0;
  for (const r of rows) {
    const w = weights ? weights[r]! : 1;
    if (x[r]! - currentX >= X_RESOLUTION) {
      ux.push(currentX);
      uw.push(sumW);
      uy.push(sumY / sumW);
      currentX = x[r]!;
      sumW = w;
      sumY = y[r]! * w;
    } else {
      sumW += w;
      sumY += y[r]! * w;
    }
  }
  ux.push(currentX);
  uw.push(sumW);
  uy.push(sumY / sumW);

  const fitted = Float64Array.from(uy);
  poolAdjacentViolators(fitted, Float64Array.from(uw));
  const keep: number[] = [];
  for (let i = 0; i < fitted.length; i++) {
    const interior = i > 0 && i < fitted.length - 1;
    if (!interior || fitted[i] !== fitted[i - 1] || fitted[i] !== fitted[i + 1]) keep.push(i);
  }
  const knotsX = Float64Array.from(keep, (i) => ux[i]!);
  const knotsY = Float64Array.from(keep, (i) => fitted[i]!);
  const xMin = knotsX[0]!;
  const xMax = knotsX[knotsX.length - 1]!;
  return {
    x: knotsX,
    y: knotsY,
    predict(scores) {
      const out = new Float64Array(scores.length);
      for (let i = 0; i < scores.length; i++) {
        const s = scores[i]!;
        if (Number.isNaN(s)) out[i] = Number.NaN;
        else if (knotsX.length === 1) out[i] = knotsY[0]!;
        else out[i] = interpolate(knotsX, knotsY, Math.min(Math.max(s, xMin), xMax));
      }
      return out;
    },
  };
}
