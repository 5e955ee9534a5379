import type { ClassificationMetrics } from "../report/types.js";
import { binaryClassification } from "./binary-classification.js";
import { completeRows } from "./complete-rows.js";
import { multiclassClassification } from "./multiclass-classification.js";

export interface ClassificationInput {
  readonly labels: readonly string[];
  /** Indices into `labels`; -1 = missing. */
  readonly target: Int32Array;
  /** Indices into `labels`; -1 = missing. */
  readonly prediction: Int32Array;
  /** Binary: the positive-class probability per row; multiclass: row-major rows × labels.length probabilities. */
  readonly scores?: Float64Array;
  /** Index of the positive label; with at most two labels it makes the task binary. */
  readonly positive?: number;
}

/**
 * Classification metrics as scikit-learn 1.2.1 computes them, on the rows with a target, a prediction and (when
 * scores are given) no NaN score; a metric undefined on those rows is null. Binary when there are at most two
 * labels and `positive` is given, multiclass otherwise.
 */
export function classificationMetrics(input: ClassificationInput): ClassificationMetrics {
  const { labels, positive, target, prediction, scores } = input;
  if (labels.length <= 2 && positive !== undefined) {
    if (!(Number.isInteger(positive) && positive >= 0 && positive < labels.length)) {
      throw new RangeError(`positive = ${positive} is not an index into ${labels.length} labels`);
    }
    const rows = completeRows(target, prediction, scores, labels.length, 1);
    return binaryClassification(rows, labels, positive);
  }
  const rows = completeRows(target, prediction, scores, labels.length, labels.length);
  return multiclassClassification(rows, labels);
}
