import { InputError } from "../errors.js";
import type { ModelSpec } from "./monitored-rows.js";

/** The scalar fields of the report's ClassificationMetrics, in its order. */
export const CLASSIFICATION_METRICS = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "specificity",
  "fpr",
  "fnr",
  "rocAuc",
  "prAuc",
  "logLoss",
  "brier",
  "ece",
] as const;

/** The scalar fields of the report's RegressionMetrics, in its order. */
export const REGRESSION_METRICS = ["mae", "rmse", "mape", "r2", "meanError", "maxError"] as const;

export type ClassificationMetricName = (typeof CLASSIFICATION_METRICS)[number];
export type RegressionMetricName = (typeof REGRESSION_METRICS)[number];

/** A time-series metric name, read. */
export type SeriesMetric =
  | { readonly kind: "count" }
  | { readonly kind: "labelCoverage" }
  | { readonly kind: "performance"; readonly metric: ClassificationMetricName | RegressionMetricName }
  | { readonly kind: "predictionMean" }
  | { readonly kind: "predictionShare"; readonly label: string }
  | { readonly kind: "scoreMean" }
  | { readonly kind: "featureMean"; readonly feature: string }
  | { readonly kind: "featureMissingShare"; readonly feature: string }
  | { readonly kind: "driftShare" }
  | { readonly kind: "drift"; readonly feature: string };

/** The metric names a model accepts, for error messages. */
export function seriesMetricForms(spec: ModelSpec): string[] {
  const performance: readonly string[] =
    spec.task === "regression" ? REGRESSION_METRICS : CLASSIFICATION_METRICS;
  return [
    "count",
    "labelCoverage",
    ...performance,
    ...(spec.task === "multiclass" ? [] : ["prediction.mean"]),
    ...(spec.task === "regression" ? [] : ["prediction.share.<class>"]),
    ...(spec.task === "binary" ? ["score.mean"] : []),
    "feature.<numerical feature>.mean",
    "feature.<feature>.missingShare",
    "drift.share",
    "drift.<feature>",
  ];
}

const isOneOf = <T extends string>(list: readonly T[], name: string): name is T =>
  (list as readonly string[]).includes(name);

/**
 * Reads a time-series metric name against the model; an unknown or misapplied one is an InputError that names it,
 * says why and lists the forms the model accepts. `drift.share` is the share even for a feature named `share`.
 */
export function parseSeriesMetric(name: string, spec: ModelSpec): SeriesMetric {
  const fail = (why: string): never => {
    const forms = seriesMetricForms(spec);
    throw new InputError(
      "TELLTALE_BAD_OPTION",
      `metric '${name}': ${why} (metrics of this ${spec.task} model: ${forms.join(", ")})`,
      {
        metric: name,
        forms,
      },
    );
  };
  const feature = (featureName: string) =>
    spec.features.find((f) => f.name === featureName) ?? fail(`the model has no feature '${featureName}'`);
  if (name === "count") return { kind: "count" };
  if (name === "labelCoverage") return { kind: "labelCoverage" };
  if (name === "drift.share") return { kind: "driftShare" };
  if (name === "score.mean") {
    if (spec.task !== "binary") fail("score.mean is for binary models, whose score is one probability");
    return { kind: "scoreMean" };
  }
  if (name === "prediction.mean") {
    if (spec.task === "multiclass") fail("a multiclass prediction has no mean; use prediction.share.<class>");
    return { kind: "predictionMean" };
  }
  if (name.startsWith("prediction.share.")) {
    if (spec.task === "regression") fail("prediction.share.<class> is for classification models");
    const label = name.slice("prediction.share.".length);
    if (label === "") fail("name the class after prediction.share.");
    return { kind: "predictionShare", label };
  }
  if (name.startsWith("drift.")) return { kind: "drift", feature: feature(name.slice("drift.".length)).name };
  if (name.startsWith("feature.")) {
    const rest = name.slice("feature.".length);
    const dot = rest.lastIndexOf(".");
    const stat = rest.slice(dot + 1);
    if (dot <= 0 || (stat !== "mean" && stat !== "missingShare")) {
      fail("feature metrics are feature.<name>.mean or feature.<name>.missingShare");
    }
    const f = feature(rest.slice(0, dot));
    if (stat === "missingShare") return { kind: "featureMissingShare", feature: f.name };
    if (f.kind !== "numerical") fail(`feature '${f.name}' is categorical: it has a missingShare, not a mean`);
    return { kind: "featureMean", feature: f.name };
  }
  if (spec.task === "regression" && isOneOf(REGRESSION_METRICS, name))
    return { kind: "performance", metric: name };
  if (spec.task !== "regression" && isOneOf(CLASSIFICATION_METRICS, name)) {
    return { kind: "performance", metric: name };
  }
  if (isOneOf(CLASSIFICATION_METRICS, name) || isOneOf(REGRESSION_METRICS, name)) {
    fail(`not a metric of a ${spec.task} model`);
  }
  return fail("unknown metric");
}
