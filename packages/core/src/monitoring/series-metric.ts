import { InputError } from "../errors.js";
import { ESTIMATED_METRIC_NAMES, type EstimatedMetricName } from "../estimate/cbpe-types.js";
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

/** The scalar disparities of the report's FairnessAttribute, per sensitive attribute. */
export const FAIRNESS_METRICS = [
  "demographicParityDifference",
  "demographicParityRatio",
  "equalOpportunityDifference",
  "equalizedOddsDifference",
  "disparateImpactRatio",
] as const;

/** What CBPE estimates without labels, as `estimated.<metric>[.lower|.upper]`. */
export const ESTIMATED_METRICS = ESTIMATED_METRIC_NAMES;

export type EstimatedSeriesMetricName = EstimatedMetricName;
export type ClassificationMetricName = (typeof CLASSIFICATION_METRICS)[number];
export type RegressionMetricName = (typeof REGRESSION_METRICS)[number];
export type FairnessMetricName = (typeof FAIRNESS_METRICS)[number];

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
  | { readonly kind: "featureOutOfRangeShare"; readonly feature: string }
  | { readonly kind: "featureNewCategoryShare"; readonly feature: string }
  | { readonly kind: "fairness"; readonly attribute: string; readonly metric: FairnessMetricName }
  | { readonly kind: "selectionRate"; readonly attribute: string; readonly group: string }
  | { readonly kind: "driftShare" }
  | { readonly kind: "drift"; readonly feature: string }
  | { readonly kind: "importance"; readonly feature: string }
  | { readonly kind: "attributionNdcg" }
  | {
      readonly kind: "estimated";
      readonly metric: EstimatedSeriesMetricName;
      /** The ±3 standard error band's edge, or the estimate itself. */
      readonly bound: "value" | "lower" | "upper";
    }
  | { readonly kind: "multivariateReconstruction"; readonly bound: "value" | "upper" }
  | { readonly kind: "multivariateAuc" }
  | { readonly kind: "business"; readonly name: string }
  | { readonly kind: "feedback"; readonly metric: FeedbackMetricName };

/** User-feedback rates per bucket, as `feedback.<metric>`: records, thumbs-up share of thumbs, mean rating. */
export const FEEDBACK_METRICS = ["count", "positiveShare", "rating.mean"] as const;
export type FeedbackMetricName = (typeof FEEDBACK_METRICS)[number];

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
    "feature.<numerical feature>.outOfRangeShare",
    "feature.<categorical feature>.newCategoryShare",
    "drift.share",
    "drift.<feature>",
    "importance.<feature>",
    "attribution.ndcg",
    ...(spec.task === "regression" ? [] : [`estimated.<${ESTIMATED_METRICS.join("|")}>[.lower|.upper]`]),
    "multivariate.reconstruction[.upper]",
    "multivariate.auc",
    ...(spec.business ?? []).map((b) => `business.${b.name}`),
    `feedback.<${FEEDBACK_METRICS.join("|")}>`,
    ...(spec.task !== "regression" && (spec.sensitive ?? []).length > 0
      ? [
          `fairness.<sensitive attribute>.<${FAIRNESS_METRICS.join("|")}>`,
          "fairness.<sensitive attribute>.selectionRate.<group>",
        ]
      : []),
  ];
}

const isOneOf = <T extends string>(list: readonly T[], name: string): name is T =>
  (list as readonly string[]).includes(name);

type FeatureKind = ModelSpec["features"][number]["kind"];
type FeatureMetricKind =
  | "featureMean"
  | "featureMissingShare"
  | "featureOutOfRangeShare"
  | "featureNewCategoryShare";

/** The statistics after `feature.<name>.`: the metric each is and the kind of feature it is for (any when absent). */
const FEATURE_STATS: ReadonlyMap<string, { readonly kind: FeatureMetricKind; readonly of?: FeatureKind }> =
  new Map([
    ["mean", { kind: "featureMean", of: "numerical" }],
    ["missingShare", { kind: "featureMissingShare" }],
    ["outOfRangeShare", { kind: "featureOutOfRangeShare", of: "numerical" }],
    ["newCategoryShare", { kind: "featureNewCategoryShare", of: "categorical" }],
  ]);

const statsOf = (kind: FeatureKind) =>
  [...FEATURE_STATS].flatMap(([name, stat]) => ((stat.of ?? kind) === kind ? [name] : []));

/**
 * `fairness.<attribute>.<metric>` or `fairness.<attribute>.selectionRate.<group>` read against the model's
 * sensitive attributes, longest first, since attribute names and groups may hold dots; undefined when no
 * attribute fits, with the attribute the name seems to mean.
 */
function parseFairness(
  rest: string,
  sensitive: readonly string[],
): SeriesMetric | { readonly unknown: string | undefined } {
  for (const attribute of [...sensitive].sort((a, b) => b.length - a.length)) {
    if (!rest.startsWith(`${attribute}.`)) continue;
    const tail = rest.slice(attribute.length + 1);
    if (isOneOf(FAIRNESS_METRICS, tail)) return { kind: "fairness", attribute, metric: tail };
    if (tail.startsWith("selectionRate.") && tail.length > "selectionRate.".length) {
      return { kind: "selectionRate", attribute, group: tail.slice("selectionRate.".length) };
    }
  }
  const rate = rest.indexOf(".selectionRate.");
  if (rate >= 0) return { unknown: rest.slice(0, rate) };
  const dot = rest.lastIndexOf(".");
  return {
    unknown: dot >= 0 && isOneOf(FAIRNESS_METRICS, rest.slice(dot + 1)) ? rest.slice(0, dot) : undefined,
  };
}

function parseEstimated(rest: string, spec: ModelSpec, fail: (why: string) => never): SeriesMetric {
  if (spec.task === "regression") fail("estimated metrics (CBPE) are for classification models with scores");
  const dot = rest.lastIndexOf(".");
  const tail = dot > 0 ? rest.slice(dot + 1) : "";
  const bound = tail === "lower" || tail === "upper" ? tail : "value";
  const metric = bound === "value" ? rest : rest.slice(0, dot);
  if (!isOneOf(ESTIMATED_METRICS, metric)) {
    return fail(
      `estimated metrics are estimated.<${ESTIMATED_METRICS.join("|")}>, optionally .lower or .upper`,
    );
  }
  return { kind: "estimated", metric, bound };
}

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
  if (name.startsWith("importance.")) {
    return { kind: "importance", feature: feature(name.slice("importance.".length)).name };
  }
  if (name === "attribution.ndcg") return { kind: "attributionNdcg" };
  if (name === "multivariate.reconstruction") return { kind: "multivariateReconstruction", bound: "value" };
  if (name === "multivariate.reconstruction.upper") {
    return { kind: "multivariateReconstruction", bound: "upper" };
  }
  if (name === "multivariate.auc") return { kind: "multivariateAuc" };
  if (name.startsWith("business.")) {
    const metric = name.slice("business.".length);
    if (!(spec.business ?? []).some((b) => b.name === metric)) {
      fail(`the model defines no business metric '${metric}' (POST …/business-metrics defines one)`);
    }
    return { kind: "business", name: metric };
  }
  if (name.startsWith("feedback.")) {
    const metric = name.slice("feedback.".length);
    if (!isOneOf(FEEDBACK_METRICS, metric))
      fail(`feedback metrics are feedback.<${FEEDBACK_METRICS.join("|")}>`);
    return { kind: "feedback", metric: metric as FeedbackMetricName };
  }
  if (name.startsWith("estimated.")) return parseEstimated(name.slice("estimated.".length), spec, fail);
  if (name.startsWith("feature.")) {
    const rest = name.slice("feature.".length);
    const dot = rest.lastIndexOf(".");
    const stat = dot > 0 ? FEATURE_STATS.get(rest.slice(dot + 1)) : undefined;
    if (!stat) {
      return fail(
        "feature metrics are feature.<name>.mean, .missingShare, .outOfRangeShare or .newCategoryShare",
      );
    }
    const f = feature(rest.slice(0, dot));
    if (stat.of !== undefined && stat.of !== f.kind) {
      fail(`feature '${f.name}' is ${f.kind}: its metrics are ${statsOf(f.kind).join(", ")}`);
    }
    return { kind: stat.kind, feature: f.name };
  }
  if (name.startsWith("fairness.")) {
    if (spec.task === "regression") fail("fairness metrics are for classification models");
    const sensitive = spec.sensitive ?? [];
    if (sensitive.length === 0) fail("the model has no sensitive attributes");
    const parsed = parseFairness(name.slice("fairness.".length), sensitive);
    if ("kind" in parsed) return parsed;
    return parsed.unknown !== undefined && !sensitive.includes(parsed.unknown)
      ? fail(`the model has no sensitive attribute '${parsed.unknown}' (sensitive: ${sensitive.join(", ")})`)
      : fail(
          `fairness metrics are fairness.<attribute>.<${FAIRNESS_METRICS.join("|")}> or fairness.<attribute>.selectionRate.<group>`,
        );
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
