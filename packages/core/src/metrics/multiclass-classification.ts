import type { AveragedMetrics, ClassificationMetrics, ClassMetrics } from "../report/types.js";
import { averagePrecision } from "./average-precision.js";
import { multiclassBrier } from "./brier-score.js";
import { calibrationCurve, expectedCalibrationError } from "./calibration-error.js";
import { classMetrics } from "./class-metrics.js";
import type { CompleteRows } from "./complete-rows.js";
import { confusionCounts, confusionRows, oneVsRest } from "./confusion.js";
import { multiclassLogLoss } from "./log-loss.js";
import { meanOfDefined, ratio, weightedMeanOfDefined } from "./ratio.js";
import { rocAuc } from "./roc-auc.js";
import { thresholdCurve } from "./threshold-curve.js";

type ScoreMetrics = Pick<
  ClassificationMetrics,
  "rocAuc" | "prAuc" | "logLoss" | "brier" | "ece" | "calibration"
>;

/**
 * One-vs-rest ROC AUC and average precision per class, macro-averaged: ROC AUC over classes with both present and
 * absent rows (scikit-learn's multi_class="ovr" when every class occurs; it raises otherwise), average precision over
 * classes present in the target; ECE on the top-label confidence against argmax == target (ties: first class).
 */
function scoreMetrics(target: Int32Array, scores: Float64Array, classes: number): ScoreMetrics {
  const n = target.length;
  const column = new Float64Array(n);
  const isClass = new Uint8Array(n);
  const aucs: number[] = [];
  const aps: number[] = [];
  for (let k = 0; k < classes; k++) {
    for (let r = 0; r < n; r++) {
      column[r] = scores[r * classes + k]!;
      isClass[r] = target[r] === k ? 1 : 0;
    }
    const curve = thresholdCurve(column, isClass);
    const auc = rocAuc(curve);
    const ap = averagePrecision(curve);
    if (auc !== null) aucs.push(auc);
    if (ap !== null) aps.push(ap);
  }
  const correct = new Uint8Array(n);
  const confidence = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const row = r * classes;
    let best = 0;
    for (let k = 1; k < classes; k++) if (scores[row + k]! > scores[row + best]!) best = k;
    correct[r] = best === target[r] ? 1 : 0;
    confidence[r] = scores[row + best]!;
  }
  return {
    rocAuc: meanOfDefined(aucs),
    prAuc: meanOfDefined(aps),
    logLoss: multiclassLogLoss(target, scores, classes),
    brier: multiclassBrier(target, scores, classes),
    ece: expectedCalibrationError(correct, confidence),
    calibration: calibrationCurve(correct, confidence),
  };
}

function averaged(
  perClass: readonly ClassMetrics[],
  pick: (m: ClassMetrics) => number | null,
  by?: number[],
) {
  const values = perClass.map(pick);
  return by ? weightedMeanOfDefined(values, by) : meanOfDefined(values);
}

/**
 * Multiclass metrics on complete rows: per-class metrics one-vs-rest; top-level precision … fnr are macro averages
 * over the classes where each is defined (scikit-learn ≥ 1.3 with zero_division=NaN; 1.2.1 would count undefined
 * classes as 0); micro precision = recall = F1 = accuracy.
 */
export function multiclassClassification(
  rows: CompleteRows,
  labels: readonly string[],
): ClassificationMetrics {
  const { target, prediction, scores } = rows;
  const classes = labels.length;
  const n = target.length;
  const counts = confusionCounts(target, prediction, classes);
  const perClass = labels.map((_, k) => classMetrics(oneVsRest(counts, classes, k, n)));
  const supports = perClass.map((m) => m.support);
  let correct = 0;
  for (let k = 0; k < classes; k++) correct += counts[k * classes + k]!;
  const accuracy = ratio(correct, n);
  const macro: AveragedMetrics = {
    precision: averaged(perClass, (m) => m.precision),
    recall: averaged(perClass, (m) => m.recall),
    f1: averaged(perClass, (m) => m.f1),
  };
  const nulls: ScoreMetrics = {
    rocAuc: null,
    prAuc: null,
    logLoss: null,
    brier: null,
    ece: null,
    calibration: null,
  };
  return {
    rows: n,
    accuracy,
    ...macro,
    specificity: averaged(perClass, (m) => m.specificity),
    fpr: averaged(perClass, (m) => m.fpr),
    fnr: averaged(perClass, (m) => m.fnr),
    ...(scores && n > 0 ? scoreMetrics(target, scores, classes) : nulls),
    confusionMatrix: { labels: [...labels], matrix: confusionRows(counts, classes) },
    averages: {
      macro,
      micro: { precision: accuracy, recall: accuracy, f1: accuracy },
      weighted: {
        precision: averaged(perClass, (m) => m.precision, supports),
        recall: averaged(perClass, (m) => m.recall, supports),
        f1: averaged(perClass, (m) => m.f1, supports),
      },
    },
    perClass: Object.fromEntries(labels.map((label, k) => [label, perClass[k]!])),
  };
}
