import { isotonicRegression } from "./isotonic-regression.js";
import { type NeedsCalibrationOptions, needsCalibration } from "./needs-calibration.js";

/** "auto" calibrates when NannyML's test says it helps; "always" and "never" force the choice (tests, goldens). */
export type CalibrationMode = "auto" | "always" | "never";

/** Maps raw scores to calibrated probabilities; the identity when `calibrated` is false. */
export interface ScoreCalibrator {
  readonly calibrated: boolean;
  calibrate(scores: Float64Array): Float64Array;
}

const identity: ScoreCalibrator = { calibrated: false, calibrate: (scores) => Float64Array.from(scores) };

/**
 * NannyML's calibrator choice: isotonic regression on all reference rows (scores → 0/1 labels) when `mode` is
 * "always", or "auto" and `needsCalibration` finds it lowers the expected calibration error; else the identity.
 */
export function fitScoreCalibrator(
  labels: Uint8Array,
  scores: Float64Array,
  mode: CalibrationMode,
  options: NeedsCalibrationOptions = {},
): ScoreCalibrator {
  const use = mode === "always" || (mode === "auto" && needsCalibration(labels, scores, options));
  if (!use || scores.length === 0) return identity;
  const fit = isotonicRegression(scores, Float64Array.from(labels));
  return { calibrated: true, calibrate: (s) => fit.predict(s) };
}
