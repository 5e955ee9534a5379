import {
  kernelShapMany,
  meanAbsoluteImportance,
  permutationImportance,
  predictionChangeImportance,
  summariseBackground,
} from "@telltale/core";
import { rowCorrectness } from "../analysis/row-outcomes.js";
import { AppError } from "../errors/app-error.js";
import type { WindowRows } from "../store/duckdb/read-window.js";
import type { Model } from "../store/types.js";
import type { PredictRows } from "./endpoint-predict.js";
import { type FeatureRow, featureRows } from "./feature-rows.js";
import { sampleWhere, seededSample } from "./seeded-sample.js";

export const IMPORTANCE_METHODS = ["logged", "permutation", "prediction-change", "shap"] as const;
export type ImportanceMethod = (typeof IMPORTANCE_METHODS)[number];

export interface ImportanceRun {
  /** Mean |attribution| (logged, shap), mean metric drop (permutation) or mean |Δprediction|, by feature. */
  readonly importance: ReadonlyMap<string, number | null>;
  /** Rows behind it: the rows holding attributions, or the sample sent to the endpoint. */
  readonly rows: number;
  readonly sampled: boolean;
  readonly evaluations: number;
}

/** The endpoint functions and sizes a computed method needs. */
export interface ComputeContext {
  readonly model: Model;
  /** Scalar output: P(positive), the value, or P(class). */
  readonly probability: PredictRows;
  /** Permutation importance's labeller: class index in `classes` (classification) or the value. */
  readonly labels: PredictRows;
  readonly classes: readonly string[];
  /** Reference rows: values a feature is replaced with (prediction change), the Kernel SHAP background. */
  readonly reference: WindowRows;
  readonly sample: number;
  readonly background: number;
  readonly seed: number;
}

/** Global importance from attributions the serving code logged; none when no row holds any. */
export function loggedRun(model: Model, rows: WindowRows): ImportanceRun | undefined {
  const columns = (rows.attributions ?? []).flatMap((c) =>
    c.column.kind === "numerical" ? [{ name: c.name, values: c.column.values }] : [],
  );
  const measured = meanAbsoluteImportance(columns);
  const counted = measured.reduce((most, r) => Math.max(most, r.count), 0);
  if (counted === 0) return undefined;
  const byFeature = new Map(measured.map((r) => [r.feature, r.importance] as const));
  return {
    importance: new Map(model.features.map((f) => [f.name, byFeature.get(f.name) ?? null] as const)),
    rows: counted,
    sampled: false,
    evaluations: 0,
  };
}

function regressionScore(labels: Float64Array) {
  // Higher is better: the negated RMSE, so a permutation's drop is its RMSE increase.
  return (outputs: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < outputs.length; i++) sum += (outputs[i]! - labels[i]!) ** 2;
    return -Math.sqrt(sum / Math.max(outputs.length, 1));
  };
}

/** Labelled rows' targets for permutation importance: class index (classification) or value (regression). */
function labelledTargets(model: Model, rows: WindowRows, classes: readonly string[]) {
  const label = rows.label?.column;
  const prediction = rows.prediction?.column;
  if (!label || !prediction) return undefined;
  if (model.task === "regression") {
    const values = label.kind === "numerical" ? label.values : new Float64Array(rows.rows).fill(Number.NaN);
    return { flags: Array.from(values, (v) => Number.isFinite(v)), target: values };
  }
  const known = rowCorrectness(prediction, label, rows.rows);
  const target = new Float64Array(rows.rows);
  for (let i = 0; i < rows.rows; i++) {
    const c = label.kind === "categorical" ? label.codes[i]! : -1;
    target[i] = c < 0 ? -1 : classes.indexOf(label.kind === "categorical" ? label.categories[c]! : "");
  }
  return { flags: Array.from(known, (k) => k !== 255), target };
}

/** Importance computed by calling the version's endpoint on a seeded sample of the rows. */
export async function computedImportance(
  method: Exclude<ImportanceMethod, "logged">,
  rows: WindowRows,
  context: ComputeContext,
): Promise<ImportanceRun> {
  const { model } = context;
  const names = model.features.map((f) => f.name);
  const asRows = (source: WindowRows, indices: Int32Array): FeatureRow[] =>
    featureRows(source.features, names, indices);
  const referenceRows = asRows(
    context.reference,
    seededSample(context.reference.rows, Math.max(context.sample, 1000), context.seed + 1),
  );
  if (method === "permutation") {
    const targets = labelledTargets(model, rows, context.classes);
    const picked = targets ? sampleWhere(targets.flags, context.sample, context.seed) : new Int32Array(0);
    if (!targets || picked.length === 0) {
      throw new AppError(
        "TELLTALE_UNPROCESSABLE",
        "permutation importance needs labelled rows and the window holds none: use method=prediction-change",
      );
    }
    const target = Float64Array.from(picked, (i) => targets.target[i]!);
    const score =
      model.task === "regression"
        ? regressionScore(target)
        : (outputs: Float64Array) => {
            let hits = 0;
            for (let i = 0; i < outputs.length; i++) if (outputs[i] === target[i]) hits++;
            return hits / Math.max(outputs.length, 1);
          };
    const result = await permutationImportance({
      rows: asRows(rows, picked),
      features: names,
      predict: context.labels,
      score,
      seed: context.seed,
    });
    return {
      importance: new Map(result.features.map((f) => [f.feature, f.importance] as const)),
      rows: picked.length,
      sampled: true,
      evaluations: result.evaluations,
    };
  }
  const picked = seededSample(rows.rows, context.sample, context.seed);
  if (picked.length === 0) throw new AppError("TELLTALE_UNPROCESSABLE", "the window holds no predictions");
  const sample = asRows(rows, picked);
  if (method === "prediction-change") {
    const result = await predictionChangeImportance({
      rows: sample,
      reference: referenceRows,
      features: names,
      predict: context.probability,
      seed: context.seed,
    });
    return {
      importance: new Map(result.features.map((f) => [f.feature, f.importance] as const)),
      rows: picked.length,
      sampled: true,
      evaluations: result.evaluations,
    };
  }
  const background = summariseBackground(
    referenceRows,
    model.features.map((f) => f.kind),
    context.background,
    context.seed,
  );
  const explanations = await kernelShapMany({
    instances: sample,
    background,
    predict: context.probability,
    seed: context.seed,
  });
  const sums = new Float64Array(names.length);
  let evaluations = 0;
  for (const e of explanations) {
    evaluations += e.evaluations;
    for (let j = 0; j < names.length; j++) sums[j]! += Math.abs(e.values[j]!);
  }
  return {
    importance: new Map(names.map((name, j) => [name, sums[j]! / explanations.length] as const)),
    rows: picked.length,
    sampled: true,
    evaluations,
  };
}
