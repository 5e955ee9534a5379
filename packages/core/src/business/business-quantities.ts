import type {
  ClassificationOutcomes,
  CodedLabels,
  EncodedOutcomes,
  RegressionOutcomes,
} from "../monitoring/encode-outcomes.js";
import type { ModelSpec } from "../monitoring/monitored-rows.js";

/** Named quantities of some rows that business-metric expressions combine; null where the rows leave one undefined. */
export type BusinessQuantities = Readonly<Record<string, number | null>>;

const SUMS = ["prediction", "score", "label"] as const;

/**
 * The names a model's business metrics may read: `count`, `labelled`; binary `tp fp tn fn` (over labelled rows
 * with a prediction, on the positive class); multiclass `tp.<class>` … per class of `classes`; sums and means of
 * `prediction`, `score` and `label` (binary: 1 for the positive class); regression `error` = Σ(prediction −
 * label) and `absError` = Σ|prediction − label| over labelled rows, with `.mean` forms.
 */
export function businessQuantityNames(spec: ModelSpec, classes: readonly string[] = []): string[] {
  const base = ["count", "labelled"];
  const sums = (names: readonly string[]) => names.flatMap((n) => [`${n}.sum`, `${n}.mean`]);
  if (spec.task === "binary") return [...base, "tp", "fp", "tn", "fn", ...sums(SUMS)];
  if (spec.task === "multiclass") {
    return [...base, ...classes.flatMap((c) => ["tp", "fp", "tn", "fn"].map((q) => `${q}.${c}`))];
  }
  return [...base, ...sums(["prediction", "label"]), "error", "absError", "error.mean", "absError.mean"];
}

const labelAt = (coded: CodedLabels | undefined, i: number) => {
  const c = coded?.codes[i] ?? -1;
  return c < 0 ? -1 : coded!.toLabel[c]!;
};

function classification(outcomes: ClassificationOutcomes, rows: Int32Array): Record<string, number | null> {
  const out: Record<string, number | null> = { count: rows.length };
  let labelled = 0;
  const k = outcomes.labels.length;
  // Per label (of the window's label space): true/false positives and negatives over labelled, predicted rows.
  const tp = new Float64Array(k);
  const predicted = new Float64Array(k);
  const actual = new Float64Array(k);
  let compared = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const truth = labelAt(outcomes.target, i);
    if (truth < 0) continue;
    labelled++;
    const guess = labelAt(outcomes.prediction, i);
    if (guess < 0) continue;
    compared++;
    actual[truth]!++;
    predicted[guess]!++;
    if (guess === truth) tp[truth]!++;
  }
  out.labelled = labelled;
  const counts = (label: number) => ({
    tp: tp[label]!,
    fp: predicted[label]! - tp[label]!,
    fn: actual[label]! - tp[label]!,
    tn: compared - predicted[label]! - actual[label]! + tp[label]!,
  });
  if (outcomes.task === "binary") {
    const positive = outcomes.positive === undefined ? -1 : outcomes.labels.indexOf(outcomes.positive);
    const c = positive < 0 ? { tp: 0, fp: 0, fn: 0, tn: compared } : counts(positive);
    Object.assign(out, c);
    const share = (coded: CodedLabels | undefined, prefix: string) => {
      let hits = 0;
      let n = 0;
      for (let r = 0; r < rows.length; r++) {
        const v = labelAt(coded, rows[r]!);
        if (v < 0) continue;
        n++;
        if (v === positive) hits++;
      }
      out[`${prefix}.sum`] = hits;
      out[`${prefix}.mean`] = n > 0 ? hits / n : null;
    };
    share(outcomes.prediction, "prediction");
    share(outcomes.target, "label");
    let sum = 0;
    let n = 0;
    for (let r = 0; r < rows.length; r++) {
      const s = outcomes.score?.[rows[r]!] ?? Number.NaN;
      if (!Number.isFinite(s)) continue;
      sum += s;
      n++;
    }
    out["score.sum"] = sum;
    out["score.mean"] = n > 0 ? sum / n : null;
    return out;
  }
  outcomes.labels.forEach((label, index) => {
    const c = counts(index);
    for (const [q, v] of Object.entries(c)) out[`${q}.${label}`] = v;
  });
  return out;
}

function regression(outcomes: RegressionOutcomes, rows: Int32Array): Record<string, number | null> {
  const out: Record<string, number | null> = { count: rows.length };
  const mean = (values: Float64Array | undefined, name: string) => {
    let sum = 0;
    let n = 0;
    for (let r = 0; r < rows.length; r++) {
      const v = values?.[rows[r]!] ?? Number.NaN;
      if (!Number.isFinite(v)) continue;
      sum += v;
      n++;
    }
    out[`${name}.sum`] = sum;
    out[`${name}.mean`] = n > 0 ? sum / n : null;
    return n;
  };
  mean(outcomes.prediction, "prediction");
  out.labelled = mean(outcomes.target, "label");
  let error = 0;
  let absError = 0;
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const e = (outcomes.prediction?.[i] ?? Number.NaN) - (outcomes.target?.[i] ?? Number.NaN);
    if (!Number.isFinite(e)) continue;
    error += e;
    absError += Math.abs(e);
    n++;
  }
  out.error = error;
  out.absError = absError;
  out["error.mean"] = n > 0 ? error / n : null;
  out["absError.mean"] = n > 0 ? absError / n : null;
  return out;
}

/** The quantities of `rows` (indices into the encoded window), for business-metric expressions. */
export function businessQuantities(outcomes: EncodedOutcomes, rows: Int32Array): BusinessQuantities {
  return outcomes.task === "regression" ? regression(outcomes, rows) : classification(outcomes, rows);
}
