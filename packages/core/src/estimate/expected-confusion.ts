/** Confusion counts expected under calibrated probabilities: sums of P(positive) split by the prediction. */
export interface ExpectedConfusion {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly rows: number;
}

/** The confusion-matrix metrics CBPE estimates; null where a denominator is 0. */
export interface ConfusionEstimates {
  readonly accuracy: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly specificity: number | null;
}

/**
 * NannyML's expected confusion matrix (CBPE): TP = Σ p and FP = Σ (1 − p) over predicted positives, FN = Σ p and
 * TN = Σ (1 − p) over predicted negatives, for calibrated P(positive) `probabilities` at the rows in `rows`.
 */
export function expectedConfusion(
  probabilities: Float64Array,
  predictedPositive: Uint8Array,
  rows: Int32Array,
): ExpectedConfusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const p = probabilities[i]!;
    if (predictedPositive[i] === 1) {
      tp += p;
      fp += 1 - p;
    } else {
      fn += p;
      tn += 1 - p;
    }
  }
  return { tp, fp, fn, tn, rows: rows.length };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Accuracy, precision, recall, F1 (TP / (TP + ½(FP + FN))) and specificity of an expected confusion matrix. */
export function confusionEstimates({ tp, fp, fn, tn, rows }: ExpectedConfusion): ConfusionEstimates {
  return {
    accuracy: ratio(tp + tn, rows),
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(tp, tp + 0.5 * (fp + fn)),
    specificity: ratio(tn, tn + fp),
  };
}
