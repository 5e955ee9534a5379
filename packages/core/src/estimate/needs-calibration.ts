import { rocAuc } from "../metrics/roc-auc.js";
import { thresholdCurve } from "../metrics/threshold-curve.js";
import { seededRandom } from "../stats/seeded-random.js";
import { equalCountCalibrationError } from "./equal-count-calibration-error.js";
import { isotonicRegression } from "./isotonic-regression.js";
import { stratifiedShuffleSplits } from "./stratified-shuffle-split.js";

export interface NeedsCalibrationOptions {
  /** Default 10, as NannyML. */
  readonly bins?: number;
  /** Default 10 stratified 90/10 splits, as NannyML. */
  readonly splits?: number;
  /** Seed of the split draws; default 42 (NannyML's random_state, though the generator differs). */
  readonly seed?: number;
}

/**
 * NannyML's `needs_calibration`: no when the labels hold one class or the scores' ROC AUC exceeds 0.999; otherwise
 * isotonic regression is fitted on each split's 90% and applied to its 10%, and the pooled held-out scores'
 * equal-count ECE (10 bins) before and after decides — yes when calibration lowers it. Scores must not be NaN.
 */
export function needsCalibration(
  labels: Uint8Array,
  scores: Float64Array,
  options: NeedsCalibrationOptions = {},
): boolean {
  const auc = rocAuc(thresholdCurve(scores, labels));
  if (auc === null || auc > 0.999) return false;
  const splits = stratifiedShuffleSplits(labels, options.splits ?? 10, 0.1, seededRandom(options.seed ?? 42));
  if (splits.length === 0) return false;
  const total = splits.reduce((sum, s) => sum + s.test.length, 0);
  const heldLabels = new Float64Array(total);
  const before = new Float64Array(total);
  const after = new Float64Array(total);
  let at = 0;
  for (const { train, test } of splits) {
    const fit = isotonicRegression(
      Float64Array.from(train, (i) => scores[i]!),
      Float64Array.from(train, (i) => labels[i]!),
    );
    const held = Float64Array.from(test, (i) => scores[i]!);
    after.set(fit.predict(held), at);
    before.set(held, at);
    heldLabels.set(
      Float64Array.from(test, (i) => labels[i]!),
      at,
    );
    at += test.length;
  }
  const eceBefore = equalCountCalibrationError(heldLabels, before, options.bins ?? 10);
  const eceAfter = equalCountCalibrationError(heldLabels, after, options.bins ?? 10);
  return eceBefore !== null && eceAfter !== null && eceBefore > eceAfter;
}
