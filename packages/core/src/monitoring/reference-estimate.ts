import { InputError } from "../errors.js";
import { fitCbpe } from "../estimate/cbpe.js";
import type { CbpeEstimate, CbpeModel } from "../estimate/cbpe-types.js";
import { type ClassificationOutcomes, type CodedLabels, encodeOutcomes } from "./encode-outcomes.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";

/** CBPE's estimates on some rows of the current window; undefined when nothing could be fitted. */
export type MeasureEstimate = (rows: Int32Array) => CbpeEstimate | undefined;

/** Per row, the index in `classes` of the coded label (−1 missing or unknown). */
function classIndex(coded: CodedLabels | undefined, labels: readonly string[], classes: readonly string[]) {
  const map = Int32Array.from(labels, (l) => classes.indexOf(l));
  return (i: number) => {
    const c = coded?.codes[i] ?? -1;
    return c < 0 ? -1 : map[coded!.toLabel[c]!]!;
  };
}

function binary(
  reference: ClassificationOutcomes,
  current: ClassificationOutcomes,
): MeasureEstimate | undefined {
  const positive = current.positive;
  if (positive === undefined || !reference.score || !reference.target || !current.score) return undefined;
  const classes = [positive];
  const flag = (coded: CodedLabels | undefined, labels: readonly string[], rows: number) => {
    const at = classIndex(coded, labels, classes);
    return Uint8Array.from({ length: rows }, (_, i) => {
      if ((coded?.codes[i] ?? -1) < 0) return 255;
      return at(i) === 0 ? 1 : 0;
    });
  };
  const n = reference.score.length;
  const model = fitCbpe({
    task: "binary",
    scores: reference.score,
    predicted: flag(reference.prediction, reference.labels, n),
    labels: flag(reference.target, reference.labels, n),
  });
  const scores = current.score;
  const predicted = flag(current.prediction, current.labels, scores.length);
  return (rows) => model.estimate({ scores, predicted, rows });
}

function multiclass(
  reference: ClassificationOutcomes,
  current: ClassificationOutcomes,
): MeasureEstimate | undefined {
  const classes = reference.classScores.map((c) => c.label);
  if (classes.length < 2 || !reference.target) return undefined;
  const n = reference.classScores[0]!.values.length;
  const indices = (outcomes: ClassificationOutcomes, coded: CodedLabels | undefined, rows: number) => {
    const at = classIndex(coded, outcomes.labels, classes);
    return Int32Array.from({ length: rows }, (_, i) => at(i));
  };
  const model: CbpeModel = fitCbpe({
    task: "multiclass",
    classScores: reference.classScores.map((c) => c.values),
    predicted: indices(reference, reference.prediction, n),
    labels: indices(reference, reference.target, n),
  });
  const rowsOf = current.classScores[0]?.values.length ?? 0;
  // The window's score columns in the reference's class order; a class it lacks reads as missing.
  const classScores = classes.map(
    (label) =>
      current.classScores.find((c) => c.label === label)?.values ?? new Float64Array(rowsOf).fill(Number.NaN),
  );
  const predicted = indices(current, current.prediction, rowsOf);
  return (rows) => model.estimate({ classScores, predicted, rows });
}

/**
 * CBPE fitted on the reference's scores, predictions and labels (NannyML's performance estimation), applied to
 * the window's scores and predictions: binary on the window's positive class, multiclass one-vs-rest in the
 * reference's class order. Undefined for regression, or when the reference lacks scores or labels or cannot be
 * fitted (one class only).
 */
export function referenceEstimate(
  spec: ModelSpec,
  reference: MonitoredRows,
  current: MonitoredRows,
): MeasureEstimate | undefined {
  if (spec.task === "regression") return undefined;
  const now = encodeOutcomes(spec, current) as ClassificationOutcomes;
  const before = encodeOutcomes(spec, reference, now.positive) as ClassificationOutcomes;
  try {
    return spec.task === "binary" ? binary(before, now) : multiclass(before, now);
  } catch (error) {
    // A reference CBPE cannot learn from (one class, no usable rows) leaves the estimates empty, not the query.
    if (error instanceof InputError || error instanceof RangeError) return undefined;
    throw error;
  }
}
