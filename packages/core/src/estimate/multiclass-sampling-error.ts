import type { EstimatedMetricName } from "./cbpe-types.js";
import { aurocComponent, type SamplingComponent, twoPointVariance } from "./sampling-components.js";

type PerClassMetric = Exclude<EstimatedMetricName, "accuracy">;

export interface MulticlassSamplingComponents {
  /** Variance of the reference's correct/incorrect indicator. */
  readonly accuracy: number | null;
  /** One component per class (null where undefined) for each one-vs-rest metric. */
  readonly perClass: Readonly<Record<PerClassMetric, readonly (SamplingComponent | null)[]>>;
}

/**
 * NannyML's multiclass components (sampling_error/multiclass_classification.py): per class one-vs-rest, the same
 * two-point variances as the binary case but without F1's correcting factor, and AUROC on the raw class scores.
 */
export function multiclassSamplingComponents(
  labels: Int32Array,
  predicted: Int32Array,
  classScores: readonly Float64Array[],
  rows: Int32Array,
): MulticlassSamplingComponents {
  const n = rows.length;
  const perClass: Record<PerClassMetric, (SamplingComponent | null)[]> = {
    precision: [],
    recall: [],
    f1: [],
    specificity: [],
    rocAuc: [],
  };
  const put = (metric: PerClassMetric, variance: number | null, share: number) =>
    perClass[metric].push(variance === null ? null : { variance, share });
  let correct = 0;
  for (let k = 0; k < n; k++) correct += labels[rows[k]!] === predicted[rows[k]!] ? 1 : 0;
  classScores.forEach((scores, c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const isClass = new Uint8Array(labels.length);
    for (let k = 0; k < n; k++) {
      const i = rows[k]!;
      const actual = labels[i] === c;
      isClass[i] = actual ? 1 : 0;
      if (predicted[i] === c) actual ? tp++ : fp++;
      else actual ? fn++ : tn++;
    }
    put("precision", twoPointVariance(tp, fp), (tp + fp) / n);
    put("recall", twoPointVariance(tp, fn), (tp + fn) / n);
    put("f1", twoPointVariance(tp, fn + fp), (tp + fn + fp) / n);
    put("specificity", twoPointVariance(tn, fp), (tn + fp) / n);
    perClass.rocAuc.push(aurocComponent(isClass, scores, rows));
  });
  return { accuracy: twoPointVariance(correct, n - correct), perClass };
}

/**
 * NannyML's multiclass standard errors for a chunk of `n` rows: accuracy √variance / √n; the others
 * √(Σ_k variance_k / (n · share_k)) / K, times 1.2 for ROC AUC (NannyML's empirical correction); null when any
 * class's component is undefined.
 */
export function multiclassStandardErrors(
  c: MulticlassSamplingComponents,
  n: number,
): Readonly<Record<EstimatedMetricName, number | null>> {
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  const pooled = (parts: readonly (SamplingComponent | null)[], scale: number): number | null => {
    if (!(n > 0) || parts.length === 0) return null;
    let sum = 0;
    for (const p of parts) {
      if (p === null || !(p.share > 0)) return null;
      sum += p.variance / (n * p.share);
    }
    return finite((Math.sqrt(sum) / parts.length) * scale);
  };
  return {
    accuracy: c.accuracy === null || !(n > 0) ? null : finite(Math.sqrt(c.accuracy) / Math.sqrt(n)),
    precision: pooled(c.perClass.precision, 1),
    recall: pooled(c.perClass.recall, 1),
    f1: pooled(c.perClass.f1, 1),
    specificity: pooled(c.perClass.specificity, 1),
    rocAuc: pooled(c.perClass.rocAuc, 1.2),
  };
}
