import { fitBinaryCbpe } from "./cbpe-binary.js";
import { fitMulticlassCbpe } from "./cbpe-multiclass.js";
import type { CbpeModel, CbpeOptions, CbpeReference } from "./cbpe-types.js";

/**
 * Confidence-based performance estimation (NannyML's CBPE): learns from labelled reference rows whether isotonic
 * calibration of the scores helps (one-vs-rest per class for multiclass) and each metric's sampling error, then
 * estimates accuracy, precision, recall, F1, specificity and ROC AUC of unlabelled rows from the expected
 * confusion matrix of their calibrated probabilities. Valid while P(label | score) stays as in the reference
 * (covariate shift, not concept drift).
 */
export function fitCbpe(reference: CbpeReference, options: CbpeOptions = {}): CbpeModel {
  return reference.task === "binary"
    ? fitBinaryCbpe(reference.scores, reference.predicted, reference.labels, options)
    : fitMulticlassCbpe(reference.classScores, reference.predicted, reference.labels, options);
}
