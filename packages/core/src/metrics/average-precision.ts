import { CompensatedSum } from "../stats/drift/compensated-sum.js";
import type { ThresholdCurve } from "./threshold-curve.js";

/**
 * Average precision Σ (Rₘ − Rₘ₋₁) Pₘ over the distinct thresholds, highest first (scikit-learn's
 * average_precision_score, no interpolation); null without positives, where scikit-learn warns and returns 0.
 */
export function averagePrecision({ tps, fps, positives }: ThresholdCurve): number | null {
  if (positives === 0) return null;
  const sum = new CompensatedSum();
  let tpPrev = 0;
  for (let m = 0; m < tps.length; m++) {
    const tp = tps[m]!;
    if (tp !== tpPrev) sum.add(((tp - tpPrev) * tp) / (tp + fps[m]!));
    tpPrev = tp;
  }
  return sum.value() / positives;
}
