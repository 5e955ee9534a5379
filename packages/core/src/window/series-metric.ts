import { InputError } from "../errors.js";
import type { ModelSpec } from "./monitored-rows.js";

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
export const REGRESSION_METRICS = ["mae", "rmse", "mape", "r2", "meanError", "maxError"] as const;

export type SeriesMetric =
  | { readonly kind: "count" }
  | { readonly kind: "labelCoverage" }
  | { readonly kind: "performance"; readonly metric: string }
  | { readonly kind: "predictionMean" }
  | { readonly kind: "predictionShare"; readonly label: string }
  | { readonly kind: "scoreMean" }
  | { readonly kind: "featureMean"; readonly feature: string }
  | { readonly kind: "featureMissingShare"; readonly feature: string }
  | { readonly kind: "driftShare" }
  | { readonly kind: "drift"; readonly feature: string };

const FORMS =
  "count, labelCoverage, a classification metric (accuracy, precision, recall, f1, specificity, fpr, fnr, rocAuc, prAuc, logLoss, brier, ece) or regression metric (mae, rmse, mape, r2, meanError, maxError), prediction.mean, prediction.share.<class>, score.mean, feature.<name>.mean, feature.<name>.missingShare, drift.share, drift.<feature>";

/** Reads a time-series metric name; an unknown one is an error that lists the forms that exist. */
export function parseSeriesMetric(name: string, spec: ModelSpec): SeriesMetric {
  const fail = (why: string): never => {
    throw new InputError("TELLTALE_BAD_OPTION", `metric '${name}': ${why} (metrics: ${FORMS})`, {
      metric: name,
    });
  };
  const feature = (featureName: string) => {
    const found = spec.features.find((f) => f.name === featureName);
    if (!found) fail(`the model has no feature '${featureName}'`);
    return found!;
  };
  if (name === "count") return { kind: "count" };
  if (name === "labelCoverage") return { kind: "labelCoverage" };
  if (name === "drift.share") return { kind: "driftShare" };
  if (name === "score.mean") {
    if (spec.task !== "binary") fail("score.mean is for binary models, whose score is one probability");
    return { kind: "scoreMean" };
  }
  if (name === "prediction.mean") {
    if (spec.task === "multiclass")
      fail("prediction.mean needs a regression or binary model; use prediction.share.<class>");
    return { kind: "predictionMean" };
  }
  if (name.startsWith("prediction.share.")) {
    if (spec.task === "regression") fail("prediction.share.<class> is for classification models");
    return { kind: "predictionShare", label: name.slice("prediction.share.".length) };
  }
  if (name.startsWith("drift.")) {
    feature(name.slice("drift.".length));
    return { kind: "drift", feature: name.slice("drift.".length) };
  }
  if (name.startsWith("feature.")) {
    const rest = name.slice("feature.".length);
    const dot = rest.lastIndexOf(".");
    const stat = rest.slice(dot + 1);
    if (dot <= 0 || (stat !== "mean" && stat !== "missingShare"))
      fail("feature metrics are feature.<name>.mean or feature.<name>.missingShare");
    const f = feature(rest.slice(0, dot));
    if (stat === "mean") {
      if (f.kind !== "numerical")
        fail(`feature '${f.name}' is categorical: it has a missingShare, not a mean`);
      return { kind: "featureMean", feature: f.name };
    }
    return { kind: "featureMissingShare", feature: f.name };
  }
  const metrics: readonly string[] = spec.task === "regression" ? REGRESSION_METRICS : CLASSIFICATION_METRICS;
  if (metrics.includes(name)) return { kind: "performance", metric: name };
  if ((spec.task === "regression" ? CLASSIFICATION_METRICS : REGRESSION_METRICS).includes(name as never)) {
    fail(`not a metric of a ${spec.task} model`);
  }
  return fail("unknown metric");
}
