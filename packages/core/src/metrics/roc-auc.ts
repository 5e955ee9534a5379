import type { ThresholdCurve } from "./threshold-curve.js";

/**
 * Area under the ROC curve by the trapezoidal rule over the distinct thresholds (scikit-learn's roc_auc_score),
 * summed in integer counts so it is exact until the final division; null when either class is absent.
 */
export function rocAuc({ tps, fps, positives, negatives }: ThresholdCurve): number | null {
  if (positives === 0 || negatives === 0) return null;
  let twiceArea = 0;
  let tpPrev = 0;
  let fpPrev = 0;
  for (let m = 0; m < tps.length; m++) {
    twiceArea += (fps[m]! - fpPrev) * (tps[m]! + tpPrev);
    tpPrev = tps[m]!;
    fpPrev = fps[m]!;
  }
  return twiceArea / (2 * positives * negatives);
}
