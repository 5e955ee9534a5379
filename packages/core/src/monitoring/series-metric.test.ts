import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import type { ModelSpec } from "./monitored-rows.js";
import { parseSeriesMetric, type SeriesMetric, seriesMetricForms } from "./series-metric.js";

const features: ModelSpec["features"] = [
  { name: "age", kind: "numerical" },
  { name: "city", kind: "categorical" },
  { name: "a.b", kind: "numerical" },
];
const binary: ModelSpec = { task: "binary", features, positiveLabel: "yes" };
const multiclass: ModelSpec = { task: "multiclass", features };
const regression: ModelSpec = { task: "regression", features };
// Attribute names that are prefixes of one another, with dots, as segments or features may be named.
const fair: ModelSpec = { ...binary, sensitive: ["city", "sex", "sex.at.birth", "a.b"] };

describe("parseSeriesMetric", () => {
  it.each<[ModelSpec, string, SeriesMetric]>([
    [binary, "count", { kind: "count" }],
    [regression, "labelCoverage", { kind: "labelCoverage" }],
    [binary, "rocAuc", { kind: "performance", metric: "rocAuc" }],
    [multiclass, "ece", { kind: "performance", metric: "ece" }],
    [regression, "meanError", { kind: "performance", metric: "meanError" }],
    [binary, "prediction.mean", { kind: "predictionMean" }],
    [regression, "prediction.mean", { kind: "predictionMean" }],
    [multiclass, "prediction.share.dog", { kind: "predictionShare", label: "dog" }],
    [binary, "prediction.share.a.b", { kind: "predictionShare", label: "a.b" }],
    [binary, "score.mean", { kind: "scoreMean" }],
    [binary, "feature.age.mean", { kind: "featureMean", feature: "age" }],
    [binary, "feature.a.b.mean", { kind: "featureMean", feature: "a.b" }],
    [binary, "feature.city.missingShare", { kind: "featureMissingShare", feature: "city" }],
    [regression, "drift.share", { kind: "driftShare" }],
    [regression, "drift.city", { kind: "drift", feature: "city" }],
    [regression, "drift.a.b", { kind: "drift", feature: "a.b" }],
    [binary, "feature.age.outOfRangeShare", { kind: "featureOutOfRangeShare", feature: "age" }],
    [binary, "feature.a.b.outOfRangeShare", { kind: "featureOutOfRangeShare", feature: "a.b" }],
    [regression, "feature.city.newCategoryShare", { kind: "featureNewCategoryShare", feature: "city" }],
    [binary, "feature.a.b.missingShare", { kind: "featureMissingShare", feature: "a.b" }],
    [binary, "importance.a.b", { kind: "importance", feature: "a.b" }],
    [regression, "attribution.ndcg", { kind: "attributionNdcg" }],
    [binary, "estimated.accuracy", { kind: "estimated", metric: "accuracy", bound: "value" }],
    [multiclass, "estimated.rocAuc.lower", { kind: "estimated", metric: "rocAuc", bound: "lower" }],
    [binary, "estimated.f1.upper", { kind: "estimated", metric: "f1", bound: "upper" }],
    [regression, "multivariate.reconstruction", { kind: "multivariateReconstruction", bound: "value" }],
    [binary, "multivariate.reconstruction.upper", { kind: "multivariateReconstruction", bound: "upper" }],
    [multiclass, "multivariate.auc", { kind: "multivariateAuc" }],
    [
      fair,
      "fairness.sex.demographicParityDifference",
      { kind: "fairness", attribute: "sex", metric: "demographicParityDifference" },
    ],
    [
      fair,
      "fairness.sex.at.birth.equalizedOddsDifference",
      { kind: "fairness", attribute: "sex.at.birth", metric: "equalizedOddsDifference" },
    ],
    [
      { ...multiclass, sensitive: ["city"] },
      "fairness.city.disparateImpactRatio",
      { kind: "fairness", attribute: "city", metric: "disparateImpactRatio" },
    ],
    [fair, "fairness.city.selectionRate.Paris", { kind: "selectionRate", attribute: "city", group: "Paris" }],
    // Groups may hold dots; the longest attribute that leaves a valid rest wins.
    [fair, "fairness.a.b.selectionRate.1.5", { kind: "selectionRate", attribute: "a.b", group: "1.5" }],
    [
      fair,
      "fairness.sex.at.birth.selectionRate.F",
      { kind: "selectionRate", attribute: "sex.at.birth", group: "F" },
    ],
    [
      fair,
      "fairness.sex.selectionRate.selectionRate.x",
      { kind: "selectionRate", attribute: "sex", group: "selectionRate.x" },
    ],
  ])("%# reads '%s'", (spec, name, expected) => {
    expect(parseSeriesMetric(name, spec)).toEqual(expected);
  });

  it.each<[ModelSpec, string, RegExp]>([
    [binary, "accuracyy", /metric 'accuracyy': unknown metric/],
    [binary, "", /metric '': unknown metric/],
    [binary, "mae", /metric 'mae': not a metric of a binary model/],
    [regression, "accuracy", /metric 'accuracy': not a metric of a regression model/],
    [regression, "prediction.share.1", /prediction.share.<class> is for classification models/],
    [binary, "prediction.share.", /name the class/],
    [multiclass, "prediction.mean", /a multiclass prediction has no mean/],
    [multiclass, "score.mean", /score.mean is for binary models/],
    [binary, "drift.height", /the model has no feature 'height'/],
    [binary, "drift.", /the model has no feature ''/],
    [binary, "feature.height.mean", /the model has no feature 'height'/],
    [
      binary,
      "feature.city.mean",
      /feature 'city' is categorical: its metrics are missingShare, newCategoryShare/,
    ],
    [binary, "feature.city.outOfRangeShare", /feature 'city' is categorical/],
    [
      binary,
      "feature.age.newCategoryShare",
      /feature 'age' is numerical: its metrics are mean, missingShare, outOfRangeShare \(/,
    ],
    [binary, "feature.height.outOfRangeShare", /the model has no feature 'height'/],
    [
      binary,
      "feature.age.median",
      /feature.<name>.mean, .missingShare, .outOfRangeShare or .newCategoryShare/,
    ],
    [binary, "feature.age", /feature.<name>.mean, .missingShare/],
    [binary, "feature.constructor", /feature.<name>.mean, .missingShare/],
    [regression, "fairness.city.demographicParityRatio", /fairness metrics are for classification models/],
    [binary, "fairness.city.demographicParityRatio", /the model has no sensitive attributes/],
    [
      fair,
      "fairness.age.demographicParityRatio",
      /the model has no sensitive attribute 'age' \(sensitive: city, sex/,
    ],
    [fair, "fairness.se.selectionRate.F", /the model has no sensitive attribute 'se'/],
    [
      fair,
      "fairness.sex.accuracy",
      /fairness metrics are fairness.<attribute>.<demographicParityDifference\|/,
    ],
    [fair, "fairness.sex.selectionRate.", /fairness metrics are fairness.<attribute>/],
    [fair, "fairness.sex", /fairness metrics are fairness.<attribute>/],
    [fair, "fairness.", /fairness metrics are fairness.<attribute>/],
    [binary, "importance.height", /the model has no feature 'height'/],
    [regression, "estimated.accuracy", /estimated metrics \(CBPE\) are for classification/],
    [binary, "estimated.mae", /estimated metrics are estimated.<accuracy\|/],
    [binary, "estimated.accuracy.middle", /estimated metrics are estimated/],
    [binary, "multivariate.pca", /unknown metric/],
  ])("%# rejects '%s'", (spec, name, message) => {
    expect(() => parseSeriesMetric(name, spec)).toThrow(message);
  });

  it("names the metric and lists the forms the model accepts", () => {
    let error: unknown;
    try {
      parseSeriesMetric("f2", regression);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const { code, message, details } = error as InputError;
    expect(code).toBe("TELLTALE_BAD_OPTION");
    expect(details).toMatchObject({ metric: "f2" });
    expect(message).toBe(
      "metric 'f2': unknown metric (metrics of this regression model: count, labelCoverage, mae, rmse, mape, r2, meanError, maxError, prediction.mean, feature.<numerical feature>.mean, feature.<feature>.missingShare, feature.<numerical feature>.outOfRangeShare, feature.<categorical feature>.newCategoryShare, drift.share, drift.<feature>, importance.<feature>, attribution.ndcg, multivariate.reconstruction[.upper], multivariate.auc, feedback.<count|positiveShare|rating.mean>)",
    );
  });

  it("lists the fairness forms for a classification model with sensitive attributes", () => {
    expect(() => parseSeriesMetric("fairness.age.demographicParityRatio", fair)).toThrow(
      expect.objectContaining({
        code: "TELLTALE_BAD_OPTION",
        details: expect.objectContaining({
          forms: expect.arrayContaining([
            "fairness.<sensitive attribute>.<demographicParityDifference|demographicParityRatio|equalOpportunityDifference|equalizedOddsDifference|disparateImpactRatio>",
            "fairness.<sensitive attribute>.selectionRate.<group>",
          ]),
        }),
      }),
    );
    expect(seriesMetricForms(binary).some((f) => f.startsWith("fairness."))).toBe(false);
    expect(
      seriesMetricForms({ ...regression, sensitive: ["city"] }).some((f) => f.startsWith("fairness.")),
    ).toBe(false);
  });
});
