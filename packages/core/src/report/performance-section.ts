import { InputError } from "../errors.js";
import { classificationMetrics } from "../metrics/classification.js";
import { argmaxPredictions, binaryPredictions } from "../metrics/predicted-labels.js";
import { regressionMetrics } from "../metrics/regression.js";
import { sortCategories } from "./compare-categories.js";
import type {
  PreparedCategoricalColumn,
  PreparedColumn,
  PreparedNumericalColumn,
} from "./prepared-column.js";
import type { ClassificationMetrics, RegressionMetrics, Task } from "./types.js";

export type Side = "reference" | "current";

/** The label space of a classification report and each side's target and predicted class indices. */
export interface LabelledOutcomes {
  readonly labels: readonly string[];
  readonly positive: number | undefined;
  readonly target: Readonly<Record<Side, Int32Array>>;
  readonly prediction: Readonly<Record<Side, Int32Array>>;
  /** Binary: positive-class probability per row; multiclass: row-major rows × labels. */
  readonly scores: Readonly<Record<Side, Float64Array>> | undefined;
}

export interface PerformanceInput {
  readonly task: Task;
  readonly target: PreparedColumn;
  readonly prediction?: PreparedColumn;
  readonly score?: PreparedNumericalColumn;
  readonly scoreColumns?: readonly PreparedNumericalColumn[];
  readonly positiveLabel?: string;
}

const POSITIVE_DEFAULTS = ["1", "true", "True", "TRUE", "yes", "Yes", "positive"];

function asCategorical(column: PreparedColumn, flag: string): PreparedCategoricalColumn {
  if (column.kind === "numerical") {
    throw new InputError(
      "TELLTALE_BAD_OPTION",
      `${flag} column '${column.name}' is numerical but the task is classification; pass --categorical ${column.name} or --task regression`,
      { column: column.name },
    );
  }
  return column;
}

function remap(codes: Int32Array, from: readonly string[], index: ReadonlyMap<string, number>): Int32Array {
  const table = from.map((label) => index.get(label) ?? -1);
  return codes.map((c) => (c < 0 ? -1 : table[c]!));
}

/** Positive label: the flag, else a conventional positive name, else the last label in sorted order. */
export function choosePositiveLabel(labels: readonly string[], flag: string | undefined): string | undefined {
  if (flag !== undefined) {
    if (!labels.includes(flag)) {
      throw new InputError(
        "TELLTALE_BAD_OPTION",
        `--positive-label '${flag}' is not a label of the target (labels: ${labels.map((l) => `'${l}'`).join(", ")})`,
        { labels },
      );
    }
    return flag;
  }
  return labels.find((l) => POSITIVE_DEFAULTS.includes(l)) ?? labels[labels.length - 1];
}

/** Score columns in label order: all named after classes, or none named and one per class in sorted label order. */
function orderScoreColumns(
  columns: readonly PreparedNumericalColumn[],
  labels: readonly string[],
): PreparedNumericalColumn[] {
  const named = columns.filter((c) => labels.includes(c.name));
  if (named.length === columns.length && columns.length === labels.length) {
    return labels.map((l) => columns.find((c) => c.name === l)!);
  }
  if (named.length === 0 && columns.length === labels.length) return [...columns];
  throw new InputError(
    "TELLTALE_BAD_OPTION",
    `--score-columns needs one column per class (${labels.map((l) => `'${l}'`).join(", ")}), all named after their class or none (then in that order); got ${columns.map((c) => `'${c.name}'`).join(", ")}`,
    { labels, columns: columns.map((c) => c.name) },
  );
}

function scoreMatrix(ordered: readonly PreparedNumericalColumn[], side: Side): Float64Array {
  const classes = ordered.length;
  const rows = ordered[0]![side].length;
  const out = new Float64Array(rows * classes);
  ordered.forEach((column, k) => {
    const values = column[side];
    for (let r = 0; r < rows; r++) out[r * classes + k] = values[r]!;
  });
  return out;
}

/** Joins target, prediction and scores into one label space, deriving predictions from scores when needed. */
export function labelOutcomes(input: PerformanceInput): LabelledOutcomes {
  const target = asCategorical(input.target, "--target");
  const prediction = input.prediction ? asCategorical(input.prediction, "--prediction") : undefined;
  const scoreColumns = input.scoreColumns ?? [];
  const labelSet = new Set(target.categories);
  for (const l of prediction?.categories ?? []) labelSet.add(l);
  // Score columns named after classes may name a class that this data never shows.
  if (scoreColumns.length > 0 && scoreColumns.some((c) => labelSet.has(c.name))) {
    for (let at = 0; at < scoreColumns.length; at++) {
      const c = scoreColumns[at]!;
      labelSet.add(c.name);
    }
  }
  if (input.task === "binary" && labelSet.size > 2) {
    throw new InputError(
      "TELLTALE_BAD_OPTION",
      `--task binary but the target and prediction hold ${labelSet.size} labels (${[...labelSet].slice(0, 5).join(", ")}${labelSet.size > 5 ? ", …" : ""}); use --task multiclass`,
      {},
    );
  }
  const positiveLabel =
    input.task === "binary"
      ? choosePositiveLabel(sortCategories([...labelSet]), input.positiveLabel)
      : undefined;
  // A binary window may hold one class only; scores below 0.5 still need a label to land on.
  if (positiveLabel !== undefined && labelSet.size === 1 && (input.score || scoreColumns.length > 0)) {
    labelSet.add(`not ${positiveLabel}`);
  }
  const labels = sortCategories([...labelSet]);
  const index = new Map(labels.map((l, i) => [l, i] as const));
  const positive = positiveLabel === undefined ? undefined : index.get(positiveLabel);
  const negative = labels.findIndex((_, i) => i !== positive);

  const sides: Side[] = ["reference", "current"];
  const targets = Object.fromEntries(
    sides.map((s) => [s, remap(target[s], target.categories, index)]),
  ) as Record<Side, Int32Array>;
  let scores: Record<Side, Float64Array> | undefined;
  if (input.task === "binary" && input.score) {
    scores = { reference: input.score.reference, current: input.score.current };
  } else if (scoreColumns.length > 0) {
    const ordered = orderScoreColumns(scoreColumns, labels);
    if (input.task === "binary") {
      const column = ordered[positive!]!;
      scores = { reference: column.reference, current: column.current };
    } else {
      scores = { reference: scoreMatrix(ordered, "reference"), current: scoreMatrix(ordered, "current") };
    }
  }
  let predictions: Record<Side, Int32Array>;
  if (prediction) {
    predictions = {
      reference: remap(prediction.reference, prediction.categories, index),
      current: remap(prediction.current, prediction.categories, index),
    };
  } else if (scores && input.task === "binary" && positive !== undefined) {
    predictions = {
      reference: binaryPredictions(scores.reference, positive, negative),
      current: binaryPredictions(scores.current, positive, negative),
    };
  } else if (scores) {
    predictions = {
      reference: argmaxPredictions(scores.reference, labels.length),
      current: argmaxPredictions(scores.current, labels.length),
    };
  } else {
    throw new InputError("TELLTALE_BAD_OPTION", "classification metrics need --prediction or scores", {});
  }
  return { labels, positive, target: targets, prediction: predictions, scores };
}

function hasAny(codes: Int32Array): boolean {
  for (let at = 0; at < codes.length; at++) {
    const c = codes[at]!;
    if (c >= 0) return true;
  }
  return false;
}

export function classificationSection(
  outcomes: LabelledOutcomes,
): Record<Side, ClassificationMetrics | null> {
  const side = (s: Side): ClassificationMetrics | null => {
    if (!hasAny(outcomes.target[s])) return null;
    return classificationMetrics({
      labels: outcomes.labels,
      target: outcomes.target[s],
      prediction: outcomes.prediction[s],
      ...(outcomes.scores ? { scores: outcomes.scores[s] } : {}),
      ...(outcomes.positive !== undefined ? { positive: outcomes.positive } : {}),
    });
  };
  return { reference: side("reference"), current: side("current") };
}

export function regressionSection(
  target: PreparedColumn,
  prediction: PreparedColumn,
): Record<Side, RegressionMetrics | null> {
  for (const column of [target, prediction]) {
    if (column.kind !== "numerical") {
      throw new InputError(
        "TELLTALE_BAD_OPTION",
        `column '${column.name}' must be numerical for regression; pass --numerical ${column.name}`,
        { column: column.name },
      );
    }
  }
  const t = target as PreparedNumericalColumn;
  const p = prediction as PreparedNumericalColumn;
  return {
    reference: regressionMetrics(t.reference, p.reference),
    current: regressionMetrics(t.current, p.current),
  };
}
