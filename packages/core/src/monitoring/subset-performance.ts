import { classificationMetrics } from "../metrics/classification.js";
import { regressionMetrics } from "../metrics/regression.js";
import { sortCategories } from "../report/compare-categories.js";
import { labelOutcomes, type PerformanceInput } from "../report/performance-section.js";
import type { PreparedCategoricalColumn, PreparedNumericalColumn } from "../report/prepared-column.js";
import type { ClassificationMetrics, RegressionMetrics } from "../report/types.js";
import type {
  ClassificationOutcomes,
  CodedLabels,
  EncodedOutcomes,
  RegressionOutcomes,
} from "./encode-outcomes.js";
import { gatherFloats } from "./gather-rows.js";

export type PerformanceMetrics = ClassificationMetrics | RegressionMetrics;

const NO_CODES = new Int32Array(0);
const NO_VALUES = new Float64Array(0);

function anyFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) return true;
  return false;
}

function regression(outcomes: RegressionOutcomes, rows: Int32Array | undefined): RegressionMetrics | null {
  const { target, prediction } = outcomes;
  if (!target || !prediction) return null;
  const n = rows ? rows.length : target.length;
  const labelled = new Int32Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    if (Number.isFinite(target[i]!)) labelled[m++] = i;
  }
  if (m === 0) return null;
  const at = labelled.subarray(0, m);
  const p = gatherFloats(prediction, at);
  if (!anyFinite(p)) return null;
  return regressionMetrics(gatherFloats(target, at), p);
}

const categorical = (
  name: string,
  categories: readonly string[],
  codes: Int32Array,
): PreparedCategoricalColumn => ({
  name,
  kind: "categorical",
  role: name === "label" ? "target" : "prediction",
  categories,
  reference: NO_CODES,
  current: codes,
  typeErrors: { reference: 0, current: 0 },
});

const numerical = (name: string, values: Float64Array): PreparedNumericalColumn => ({
  name,
  kind: "numerical",
  role: "score",
  reference: NO_VALUES,
  current: values,
  typeErrors: { reference: 0, current: 0 },
});

function classification(
  outcomes: ClassificationOutcomes,
  rows: Int32Array | undefined,
  scoreMetrics: boolean,
): ClassificationMetrics | null {
  const { target, prediction, labels } = outcomes;
  if (!target) return null;
  const targetCodes = target.codes;
  const predictionCodes = prediction?.codes;
  // Pass 1: the labelled rows, and which values their labels and predictions show.
  const n = rows ? rows.length : targetCodes.length;
  const labelled = new Int32Array(n);
  const targetUsed = new Uint8Array(target.toLabel.length);
  const predictionUsed = new Uint8Array(prediction ? prediction.toLabel.length : 0);
  let m = 0;
  let predicted = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const c = targetCodes[i]!;
    if (c < 0) continue;
    labelled[m++] = i;
    targetUsed[c] = 1;
    if (predictionCodes) {
      const q = predictionCodes[i]!;
      if (q >= 0) {
        predictionUsed[q] = 1;
        predicted++;
      }
    }
  }
  if (m === 0) return null;
  const at = labelled.subarray(0, m);
  const hasPrediction = predicted > 0;
  // The label space is what these rows show (sklearn's unique labels of y_true and y_pred), plus `always`.
  const used = new Uint8Array(labels.length);
  targetUsed.forEach((u, c) => {
    if (u) used[target.toLabel[c]!] = 1;
  });
  predictionUsed.forEach((u, c) => {
    if (u) used[prediction!.toLabel[c]!] = 1;
  });
  for (const code of outcomes.always) used[code] = 1;
  const present = labels.filter((_, code) => used[code] === 1);
  const local = sortCategories(present);
  const localIndex = new Map(local.map((l, i) => [l, i] as const));
  const toLocal = (coded: CodedLabels) =>
    Int32Array.from(coded.toLabel, (s) => localIndex.get(labels[s]!) ?? -1);
  // Pass 2: gather, coded in the local label space.
  const targetLocal = toLocal(target);
  let t = new Int32Array(m);
  for (let j = 0; j < m; j++) t[j] = targetLocal[targetCodes[at[j]!]!]!;
  let p: Int32Array | undefined;
  if (hasPrediction) {
    const predictionLocal = toLocal(prediction!);
    p = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      const q = predictionCodes![at[j]!]!;
      p[j] = q < 0 ? -1 : predictionLocal[q]!;
    }
  }
  let score = outcomes.score ? gatherFloats(outcomes.score, at) : undefined;
  let hasScore = score !== undefined && anyFinite(score);
  if (hasScore && hasPrediction && !scoreMetrics && outcomes.task === "binary") {
    // No score metric asked for: drop the rows the scores would drop (NaN) and leave the scores out, which spares
    // the sorts behind ROC and PR curves and leaves every label metric as it was.
    let kept = 0;
    for (let j = 0; j < m; j++) {
      if (Number.isNaN(score![j]!)) continue;
      t[kept] = t[j]!;
      p![kept] = p![j]!;
      kept++;
    }
    t = t.subarray(0, kept);
    p = p!.subarray(0, kept);
    score = undefined;
    hasScore = false;
  }
  // Class probabilities count when every class these rows show has a column holding values, as the report needs.
  const classScores = outcomes.classScores.map((c) => ({
    label: c.label,
    values: gatherFloats(c.values, at),
  }));
  const scoresUsable =
    classScores.length > 0 &&
    present.every((l) => classScores.some((c) => c.label === l)) &&
    classScores.every((c) => anyFinite(c.values));
  if (!hasPrediction && !hasScore && !scoresUsable) return null;
  const input: PerformanceInput = {
    task: outcomes.task,
    target: categorical("label", local, t),
    ...(p ? { prediction: categorical("prediction", local, p) } : {}),
    ...(hasScore && score ? { score: numerical("score", score) } : {}),
    ...(scoresUsable ? { scoreColumns: classScores.map((c) => numerical(c.label, c.values)) } : {}),
    ...(outcomes.positive !== undefined ? { positiveLabel: outcomes.positive } : {}),
  };
  const joined = labelOutcomes(input);
  return classificationMetrics({
    labels: joined.labels,
    target: joined.target.current,
    prediction: joined.prediction.current,
    ...(joined.scores ? { scores: joined.scores.current } : {}),
    ...(joined.positive !== undefined ? { positive: joined.positive } : {}),
  });
}

/**
 * Performance over the labelled rows among `rows` (all rows when undefined), exactly as `buildReport` computes its
 * current side on a table of those rows alone: the same label join (`labelOutcomes`) and metric functions, fed
 * columns read once per window. Null without labelled rows or without a prediction or score to judge. With
 * `scoreMetrics` false a binary model's score metrics (rocAuc … ece) may come back null, the others unchanged.
 */
export function subsetPerformance(
  outcomes: EncodedOutcomes,
  rows?: Int32Array,
  scoreMetrics = true,
): PerformanceMetrics | null {
  return outcomes.task === "regression"
    ? regression(outcomes, rows)
    : classification(outcomes, rows, scoreMetrics);
}
