import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import type { ModelSpec } from "./monitored-rows.js";
import { parseSeriesMetric, type SeriesMetric } from "./series-metric.js";

const features: ModelSpec["features"] = [
  { name: "age", kind: "numerical" },
  { name: "city", kind: "categorical" },
  { name: "a.b", kind: "numerical" },
];
const binary: ModelSpec = { task: "binary", features, positiveLabel: "yes" };
const multiclass: ModelSpec = { task: "multiclass", features };
const regression: ModelSpec = { task: "regression", features };

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
    [binary, "feature.city.mean", /feature 'city' is categorical: it has a missingShare, not a mean/],
    [binary, "feature.age.median", /feature.<name>.mean or feature.<name>.missingShare/],
    [binary, "feature.age", /feature.<name>.mean or feature.<name>.missingShare/],
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
      "metric 'f2': unknown metric (metrics of this regression model: count, labelCoverage, mae, rmse, mape, r2, meanError, maxError, prediction.mean, feature.<numerical feature>.mean, feature.<feature>.missingShare, drift.share, drift.<feature>)",
    );
  });
});
