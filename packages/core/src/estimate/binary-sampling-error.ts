import type { EstimatedMetricName } from "./cbpe-types.js";
import { aurocComponent, type SamplingComponent, twoPointVariance } from "./sampling-components.js";

export type BinarySamplingComponents = Readonly<Record<EstimatedMetricName, SamplingComponent | null>>;

const component = (variance: number | null, share: number): SamplingComponent | null =>
  variance === null ? null : { variance, share };

/**
 * NannyML's binary sampling-error components (sampling_error/binary_classification.py) from reference labels,
 * predictions and raw scores at `rows`: accuracy from the correct/incorrect rows; precision from TP vs FP over the
 * predicted-positive share; recall from TP vs FN over the positive share; specificity from TN vs FP; F1 from TP vs
 * FN + FP scaled by NannyML's correcting factor |TP+FN+FP| / (TP + ½(FN+FP)); ROC AUC from `aurocComponent`.
 */
export function binarySamplingComponents(
  labels: Uint8Array,
  predicted: Uint8Array,
  scores: Float64Array,
  rows: Int32Array,
): BinarySamplingComponents {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (predicted[i] === 1) labels[i] === 1 ? tp++ : fp++;
    else labels[i] === 1 ? fn++ : tn++;
  }
  const n = rows.length;
  const relevant = tp + fp + fn;
  const factor = relevant / (tp + 0.5 * (fn + fp));
  return {
    accuracy: component(twoPointVariance(tp + tn, fp + fn), 1),
    precision: component(twoPointVariance(tp, fp), (tp + fp) / n),
    recall: component(twoPointVariance(tp, fn), (tp + fn) / n),
    f1: component(relevant === 0 ? null : twoPointVariance(tp, fn + fp, factor), relevant / n),
    specificity: component(twoPointVariance(tn, fp), (tn + fp) / n),
    rocAuc: aurocComponent(labels, scores, rows),
  };
}

/** NannyML's binary standard error for a chunk of `n` rows: √variance / √(n · share); null when undefined. */
export function binaryStandardError(c: SamplingComponent | null, n: number): number | null {
  if (c === null || !(c.share > 0) || !(n > 0)) return null;
  const se = Math.sqrt(c.variance) / Math.sqrt(n * c.share);
  return Number.isFinite(se) ? se : null;
}
