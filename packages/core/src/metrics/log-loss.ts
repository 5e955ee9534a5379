import { CompensatedSum } from "../stats/drift/compensated-sum.js";

/** numpy.finfo(float64).eps: scikit-learn 1.2's eps="auto" clipping bound. */
const EPS = Number.EPSILON;

function clip(p: number): number {
  return Math.min(Math.max(p, EPS), 1 - EPS);
}

/**
 * scikit-learn 1.2.1 log_loss for a positive-class probability: clipped to [eps, 1 − eps], expanded to the row
 * [1 − p, p] and renormalised before the log, as scikit-learn does; null without rows.
 */
export function binaryLogLoss(isPositive: Uint8Array, scores: Float64Array): number | null {
  const n = scores.length;
  if (n === 0) return null;
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const p = clip(scores[i]!);
    const q = 1 - p;
    const total = q + p;
    sum.add(-Math.log((isPositive[i] ? p : q) / total));
  }
  return sum.value() / n;
}

/**
 * scikit-learn 1.2.1 log_loss with `labels` = all classes on row-major rows × classes probabilities: each value
 * clipped to [eps, 1 − eps], each row renormalised to sum 1; null without rows or with fewer than two classes
 * (where scikit-learn raises).
 */
export function multiclassLogLoss(target: Int32Array, scores: Float64Array, classes: number): number | null {
  const n = target.length;
  if (n === 0 || classes < 2) return null;
  const sum = new CompensatedSum();
  for (let r = 0; r < n; r++) {
    const row = r * classes;
    let total = 0;
    for (let k = 0; k < classes; k++) total += clip(scores[row + k]!);
    sum.add(-Math.log(clip(scores[row + target[r]!]!) / total));
  }
  return sum.value() / n;
}
