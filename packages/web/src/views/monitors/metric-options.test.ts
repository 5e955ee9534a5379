import { describe, expect, it } from "vitest";
import type { ModelInfo } from "../../api/types";
import { metricOptions } from "./metric-options";

const features: ModelInfo["features"] = [
  { name: "age", kind: "numerical" },
  { name: "workclass", kind: "categorical" },
];

const values = (model: Pick<ModelInfo, "task" | "features" | "positiveLabel">) =>
  metricOptions(model).flatMap((g) => g.options.map((o) => o.value));

describe("metricOptions", () => {
  it("offers a binary model its classification metrics, score and positive share, and per-feature metrics", () => {
    const all = values({ task: "binary", features, positiveLabel: ">50K" });
    expect(all.slice(0, 3)).toEqual(["count", "labelCoverage", "accuracy"]);
    expect(all).toEqual(
      expect.arrayContaining([
        "rocAuc",
        "ece",
        "prediction.mean",
        "prediction.share.>50K",
        "score.mean",
        "drift.share",
        "drift.age",
        "drift.workclass",
        "feature.age.missingShare",
        "feature.age.mean",
        "feature.workclass.missingShare",
      ]),
    );
    expect(all).not.toContain("feature.workclass.mean");
    expect(all).not.toContain("mae");
  });

  it.each([
    ["regression", ["mae", "rmse", "r2", "prediction.mean"], ["accuracy", "score.mean"]],
    ["multiclass", ["accuracy", "logLoss"], ["prediction.mean", "score.mean", "mae"]],
  ] as const)("a %s model", (task, present, absent) => {
    const all = values({ task, features, positiveLabel: null });
    for (const metric of present) expect(all).toContain(metric);
    for (const metric of absent) expect(all).not.toContain(metric);
  });

  it("labels options in words with the metric name beside", () => {
    const groups = metricOptions({ task: "binary", features, positiveLabel: null });
    const traffic = groups[0]!;
    expect(traffic.options).toEqual([
      { value: "count", label: "Predictions (count)" },
      { value: "labelCoverage", label: "Label coverage (labelCoverage)" },
    ]);
    expect(groups.map((g) => g.label)).toContain("Data quality");
  });
});

describe("metricOptions: feedback and business metrics", () => {
  it.each(["binary", "multiclass", "regression"] as const)("offers a %s model its user feedback", (task) => {
    const groups = metricOptions({ task, features, positiveLabel: null });
    expect(groups.find((g) => g.label === "User feedback")?.options).toEqual([
      { value: "feedback.count", label: "Feedback records (feedback.count)" },
      { value: "feedback.positiveShare", label: "Thumbs-up share of thumbs (feedback.positiveShare)" },
      { value: "feedback.rating.mean", label: "Mean rating (feedback.rating.mean)" },
    ]);
  });

  it.each([
    [[], undefined],
    [
      [
        { name: "error_cost", unit: "USD" },
        { name: "reviews", unit: null },
      ],
      [
        { value: "business.error_cost", label: "error_cost (USD) (business.error_cost)" },
        { value: "business.reviews", label: "reviews (business.reviews)" },
      ],
    ],
  ] as const)("offers the model's business metrics, and no group without any (%#)", (business, options) => {
    const groups = metricOptions({ task: "binary", features, positiveLabel: null }, business);
    expect(groups.find((g) => g.label === "Business metrics")?.options).toEqual(options);
  });
});
