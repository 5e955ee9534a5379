/** One class against the rest: counts of true/false positives and negatives. */
export interface OutcomeCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/**
 * Counts of (true, predicted) class pairs as a row-major classes × classes matrix: row = true class, column =
 * predicted class (scikit-learn's confusion_matrix with `labels` = all classes). Codes must be in [0, classes).
 */
export function confusionCounts(target: Int32Array, prediction: Int32Array, classes: number): Float64Array {
  const counts = new Float64Array(classes * classes);
  for (let i = 0; i < target.length; i++) counts[target[i]! * classes + prediction[i]!]!++;
  return counts;
}

/** Class `k` of a confusion matrix of `total` rows against all other classes. */
export function oneVsRest(counts: Float64Array, classes: number, k: number, total: number): OutcomeCounts {
  let actual = 0;
  let predicted = 0;
  for (let j = 0; j < classes; j++) {
    actual += counts[k * classes + j]!;
    predicted += counts[j * classes + k]!;
  }
  const tp = counts[k * classes + k]!;
  return { tp, fp: predicted - tp, fn: actual - tp, tn: total - actual - predicted + tp };
}

/** The matrix as nested arrays for the report. */
export function confusionRows(counts: Float64Array, classes: number): number[][] {
  return Array.from({ length: classes }, (_, r) =>
    Array.from(counts.subarray(r * classes, (r + 1) * classes)),
  );
}
