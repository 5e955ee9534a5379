import { CompensatedSum } from "../stats/drift/compensated-sum.js";

function inUnitInterval(scores: Float64Array): boolean {
  for (const p of scores) if (!(p >= 0 && p <= 1)) return false;
  return true;
}

/**
 * Mean of (y − p)² with y = 1 for the positive class (scikit-learn's brier_score_loss); null without rows or when
 * a score lies outside [0, 1], where scikit-learn raises.
 */
export function binaryBrier(isPositive: Uint8Array, scores: Float64Array): number | null {
  const n = scores.length;
  if (n === 0 || !inUnitInterval(scores)) return null;
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const d = isPositive[i]! - scores[i]!;
    sum.add(d * d);
  }
  return sum.value() / n;
}

/**
 * Multiclass Brier score: the mean over rows of Σₖ (pₖ − yₖ)² on the raw row-major probabilities (no
 * renormalisation; ranges over [0, 2]); null without rows or when a probability lies outside [0, 1].
 */
export function multiclassBrier(target: Int32Array, scores: Float64Array, classes: number): number | null {
  const n = target.length;
  if (n === 0 || !inUnitInterval(scores)) return null;
  const sum = new CompensatedSum();
  for (let r = 0; r < n; r++) {
    const row = r * classes;
    const truth = target[r]!;
    for (let k = 0; k < classes; k++) {
      const d = scores[row + k]! - (k === truth ? 1 : 0);
      sum.add(d * d);
    }
  }
  return sum.value() / n;
}
