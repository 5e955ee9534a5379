import { classificationMetrics, type FeatureValue, fitLogisticRegression } from "@telltale/core";
import {
  ADULT_CATEGORICAL,
  ADULT_NEGATIVE,
  ADULT_NUMERICAL,
  ADULT_POSITIVE,
  type AdultFeatures,
  type AdultIncome,
  type AdultRecord,
  adultFeatures,
} from "./adult-record.js";
import { encodeFeatures, encodeRowInto, type FeatureEncoder, fitFeatureEncoder } from "./feature-encoder.js";
import { mulberry32 } from "./mulberry32.js";
import { seededPermutation, weightedSampleWithoutReplacement } from "./seeded-shuffle.js";

export interface DemoPrediction {
  readonly prediction: AdultIncome;
  /** P(income > 50K). */
  readonly score: number;
  /**
   * Exact SHAP values in log-odds, as shap's LinearExplainer gives for a linear model: each feature's share of
   * the logit's distance from its mean over the training rows (they sum to logit − mean logit).
   */
  readonly attributions: Readonly<Record<string, number>>;
}

export type DemoPredict = (features: AdultFeatures) => DemoPrediction;

/** Offline metrics on the held-out rows, the version's benchmark; positive class `>50K`, threshold 0.5. */
export interface DemoBenchmark {
  readonly rows: number;
  readonly accuracy: number | null;
  readonly f1: number | null;
  readonly rocAuc: number | null;
}

/** A reference row: the 14 features plus `label`, `prediction`, `score` and `attribution.<feature>` (the server's reference columns). */
export type DemoReferenceRow = Readonly<Record<string, FeatureValue>>;

export interface DemoModelVersion {
  readonly version: string;
  readonly description: string;
  /** scikit-learn's C: the L2 penalty is ‖w‖²/(2C). */
  readonly c: number;
  readonly trainingRows: number;
  readonly encoder: FeatureEncoder;
  readonly predict: DemoPredict;
  readonly benchmark: DemoBenchmark;
  /** The version's training rows with its own predictions on them. */
  readonly reference: readonly DemoReferenceRow[];
}

export interface DemoModels {
  readonly versions: readonly [DemoModelVersion, DemoModelVersion];
  readonly holdoutRows: number;
  /** Trains v1's recipe again on its training rows plus `extra` (e.g. exported production rows), benchmarked on the same holdout. */
  readonly retrain: (version: string, extra: readonly AdultRecord[]) => DemoModelVersion;
}

export interface TrainDemoOptions {
  readonly seed?: number;
  /** Share of the training split held out for the benchmark; default 0.2. */
  readonly holdoutShare?: number;
}

const SPEC = { numerical: ADULT_NUMERICAL, categorical: ADULT_CATEGORICAL };
const LABELS = [ADULT_NEGATIVE, ADULT_POSITIVE];

/** v2's training extract: under-35s weighted 4:1 against everyone else, 60% of the rows v1 trains on. */
const V2_YOUNG_AGE = 35;
const V2_YOUNG_WEIGHT = 4;
const V2_SAMPLE_SHARE = 0.6;

/** Each design-matrix column's feature: numerical columns first, then one per category, as the encoder lays them out. */
function columnFeatures(encoder: FeatureEncoder): string[] {
  return [
    ...encoder.numerical.map((f) => f.name),
    ...encoder.categorical.flatMap((f) => f.categories.map(() => f.name)),
  ];
}

function columnMeans(x: Float64Array, rows: number, width: number): Float64Array {
  const means = new Float64Array(width);
  for (let i = 0; i < rows; i++) for (let j = 0; j < width; j++) means[j]! += x[i * width + j]!;
  for (let j = 0; j < width; j++) means[j]! /= Math.max(rows, 1);
  return means;
}

function predictorOf(
  encoder: FeatureEncoder,
  coefficients: Float64Array,
  intercept: number,
  means: Float64Array,
): DemoPredict {
  const row = new Float64Array(encoder.width);
  const owner = columnFeatures(encoder);
  return (features) => {
    encodeRowInto(encoder, features, row, 0);
    let z = intercept;
    const attributions: Record<string, number> = {};
    for (const name of owner) attributions[name] = 0;
    for (let j = 0; j < row.length; j++) {
      z += row[j]! * coefficients[j]!;
      attributions[owner[j]!]! += coefficients[j]! * (row[j]! - means[j]!);
    }
    const score = 1 / (1 + Math.exp(-z));
    return { prediction: score >= 0.5 ? ADULT_POSITIVE : ADULT_NEGATIVE, score, attributions };
  };
}

function benchmarkOf(predict: DemoPredict, rows: readonly AdultRecord[]): DemoBenchmark {
  const target = new Int32Array(rows.length);
  const prediction = new Int32Array(rows.length);
  const scores = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const p = predict(row);
    target[i] = row.income === ADULT_POSITIVE ? 1 : 0;
    prediction[i] = p.prediction === ADULT_POSITIVE ? 1 : 0;
    scores[i] = p.score;
  });
  const m = classificationMetrics({ labels: LABELS, target, prediction, scores, positive: 1 });
  return { rows: m.rows, accuracy: m.accuracy, f1: m.f1, rocAuc: m.rocAuc };
}

function trainVersion(
  version: string,
  description: string,
  c: number,
  rows: readonly AdultRecord[],
  holdout: readonly AdultRecord[],
): DemoModelVersion {
  const encoder = fitFeatureEncoder(rows, SPEC);
  const x = encodeFeatures(encoder, rows);
  const y = Uint8Array.from(rows, (r) => (r.income === ADULT_POSITIVE ? 1 : 0));
  const model = fitLogisticRegression({ x, rows: rows.length, columns: encoder.width, y, c });
  const predict = predictorOf(
    encoder,
    model.coefficients,
    model.intercept,
    columnMeans(x, rows.length, encoder.width),
  );
  const reference = rows.map((row) => {
    const features = adultFeatures(row);
    const p = predict(features);
    return {
      ...features,
      label: row.income,
      prediction: p.prediction,
      score: p.score,
      ...Object.fromEntries(Object.entries(p.attributions).map(([f, a]) => [`attribution.${f}`, a])),
    };
  });
  return {
    version,
    description,
    c,
    trainingRows: rows.length,
    encoder,
    predict,
    benchmark: benchmarkOf(predict, holdout),
    reference,
  };
}

/**
 * The demo's two versions of the Adult income classifier, both L2 logistic regressions on standardised numerical
 * and one-hot categorical features: `v1` on the training split minus a seeded 20% holdout (C = 1); `v2` on a
 * skewed extract of the same rows — 60% drawn with under-35s weighted 4:1, as a retraining job with a sampling
 * bug would — and a stronger penalty (C = 0.1), so its reference differs from production in `age` and its scores
 * run lower. Both are benchmarked on the same holdout.
 */
export function trainDemoModels(train: readonly AdultRecord[], options: TrainDemoOptions = {}): DemoModels {
  const random = mulberry32(options.seed ?? 1994);
  const holdoutShare = options.holdoutShare ?? 0.2;
  const order = seededPermutation(train.length, random);
  const holdoutSize = Math.round(train.length * holdoutShare);
  const inHoldout = new Uint8Array(train.length);
  for (let k = 0; k < holdoutSize; k++) inHoldout[order[k]!] = 1;
  const holdout = train.filter((_, i) => inHoldout[i] === 1);
  const fit = train.filter((_, i) => inHoldout[i] === 0);

  const weights = fit.map((r) => (r.age !== null && r.age < V2_YOUNG_AGE ? V2_YOUNG_WEIGHT : 1));
  const picked = weightedSampleWithoutReplacement(weights, Math.round(fit.length * V2_SAMPLE_SHARE), random);
  const skewed = picked.map((i) => fit[i]!);

  const v1 = trainVersion(
    "v1",
    "Logistic regression (L2, C = 1) on the UCI Adult training split.",
    1,
    fit,
    holdout,
  );
  const v2 = trainVersion(
    "v2",
    `Logistic regression (L2, C = 0.1) retrained on an extract that over-samples people under ${V2_YOUNG_AGE} ${V2_YOUNG_WEIGHT}:1.`,
    0.1,
    skewed,
    holdout,
  );
  const retrain = (version: string, extra: readonly AdultRecord[]) =>
    trainVersion(
      version,
      `Logistic regression (L2, C = 1) retrained on the training split plus ${extra.length} labelled production rows exported by Telltale.`,
      1,
      [...fit, ...extra],
      holdout,
    );
  return { versions: [v1, v2], holdoutRows: holdout.length, retrain };
}
