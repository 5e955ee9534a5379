import type { ClassificationMetrics } from "../report/types.js";
import { averagePrecision } from "./average-precision.js";
import { binaryBrier } from "./brier-score.js";
import { calibrationCurve, expectedCalibrationError } from "./calibration-error.js";
import { classMetrics } from "./class-metrics.js";
import type { CompleteRows } from "./complete-rows.js";
import { confusionCounts, confusionRows, oneVsRest } from "./confusion.js";
import { binaryLogLoss } from "./log-loss.js";
import { ratio } from "./ratio.js";
import { rocAuc } from "./roc-auc.js";
import { thresholdCurve } from "./threshold-curve.js";

/**
 * Binary metrics on complete rows: precision … fnr for the `positive` label (scikit-learn's pos_label), the score
 * metrics on `scores` as the positive-class probability; log loss is null with a single label (scikit-learn raises).
 */
export function binaryClassification(
  rows: CompleteRows,
  labels: readonly string[],
  positive: number,
): ClassificationMetrics {
  const { target, prediction, scores } = rows;
  const classes = labels.length;
  const n = target.length;
  const counts = confusionCounts(target, prediction, classes);
  const { tp, fp, fn, tn } = oneVsRest(counts, classes, positive, n);
  const { precision, recall, f1, specificity, fpr, fnr } = classMetrics({ tp, fp, fn, tn });
  let correct = 0;
  for (let k = 0; k < classes; k++) correct += counts[k * classes + k]!;
  let scoreMetrics: Pick<
    ClassificationMetrics,
    "rocAuc" | "prAuc" | "logLoss" | "brier" | "ece" | "calibration"
  > = {
    rocAuc: null,
    prAuc: null,
    logLoss: null,
    brier: null,
    ece: null,
    calibration: null,
  };
  if (scores && n > 0) {
    const isPositive = new Uint8Array(n);
    for (let i = 0; i < n; i++) isPositive[i] = target[i] === positive ? 1 : 0;
    const curve = thresholdCurve(scores, isPositive);
    scoreMetrics = {
      rocAuc: rocAuc(curve),
      prAuc: averagePrecision(curve),
      logLoss: classes < 2 ? null : binaryLogLoss(isPositive, scores),
      brier: binaryBrier(isPositive, scores),
      ece: expectedCalibrationError(isPositive, scores),
      calibration: calibrationCurve(isPositive, scores),
    };
  }
  return {
    rows: n,
    accuracy: ratio(correct, n),
    precision,
    recall,
    f1,
    specificity,
    fpr,
    fnr,
    ...scoreMetrics,
    confusionMatrix: { labels: [...labels], matrix: confusionRows(counts, classes) },
  };
}
