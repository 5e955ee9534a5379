import type { ClassMetrics } from "../report/types.js";
import type { OutcomeCounts } from "./confusion.js";
import { ratio } from "./ratio.js";

/**
 * Precision, recall, F1, specificity, FPR and FNR of one class from its counts; F1 is 2TP / (2TP + FP + FN), which
 * is scikit-learn's 2PR / (P + R) and stays defined (0) when only precision is undefined. A zero denominator gives
 * null where scikit-learn warns and returns 0.
 */
export function classMetrics({ tp, fp, fn, tn }: OutcomeCounts): ClassMetrics {
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    specificity: ratio(tn, tn + fp),
    fpr: ratio(fp, fp + tn),
    fnr: ratio(fn, fn + tp),
    support: tp + fn,
  };
}
