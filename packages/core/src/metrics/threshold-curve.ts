import { sortedCopy } from "../stats/sorted-copy.js";

/** Cumulative true- and false-positive counts when predicting positive at or above each distinct score, highest first. */
export interface ThresholdCurve {
  readonly tps: Float64Array;
  readonly fps: Float64Array;
  readonly positives: number;
  readonly negatives: number;
}

/**
 * The counts behind scikit-learn's `_binary_clf_curve` (tied scores form one threshold), from one sort of each
 * class's scores and a merge from the top instead of an index sort of all rows. Scores must not be NaN.
 */
export function thresholdCurve(scores: Float64Array, isPositive: Uint8Array): ThresholdCurve {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += isPositive[i]!;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(n - positives);
  for (let i = 0, a = 0, b = 0; i < n; i++) {
    if (isPositive[i]) pos[a++] = scores[i]!;
    else neg[b++] = scores[i]!;
  }
  const sortedPos = sortedCopy(pos);
  const sortedNeg = sortedCopy(neg);
  const tps = new Float64Array(n);
  const fps = new Float64Array(n);
  let i = sortedPos.length - 1;
  let j = sortedNeg.length - 1;
  let tp = 0;
  let fp = 0;
  let m = 0;
  while (i >= 0 || j >= 0) {
    const v = i < 0 ? sortedNeg[j]! : j < 0 ? sortedPos[i]! : Math.max(sortedPos[i]!, sortedNeg[j]!);
    // `===` treats −0 and +0 as one threshold, as numpy's diff does.
    while (i >= 0 && sortedPos[i] === v) {
      tp++;
      i--;
    }
    while (j >= 0 && sortedNeg[j] === v) {
      fp++;
      j--;
    }
    tps[m] = tp;
    fps[m] = fp;
    m++;
  }
  return { tps: tps.subarray(0, m), fps: fps.subarray(0, m), positives, negatives: n - positives };
}
