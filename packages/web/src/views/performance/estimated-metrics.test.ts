import { describe, expect, it } from "vitest";
import { ESTIMATED_METRICS, estimatedSeries, readEstimatedMetric } from "./estimated-metrics";

describe("readEstimatedMetric", () => {
  it.each([
    [undefined, "accuracy"],
    ["", "accuracy"],
    ["rocAuc", "rocAuc"],
    ["specificity", "specificity"],
    ["rmse", "accuracy"],
  ])("%j → %s", (param, metric) => {
    expect(readEstimatedMetric(param)).toBe(metric);
  });

  it("offers CBPE's six metrics", () => {
    expect(ESTIMATED_METRICS).toEqual(["accuracy", "precision", "recall", "f1", "specificity", "rocAuc"]);
  });
});

describe("estimatedSeries", () => {
  it("names the estimate, its band and the realized metric", () => {
    expect(estimatedSeries("f1")).toEqual({
      estimate: "estimated.f1",
      lower: "estimated.f1.lower",
      upper: "estimated.f1.upper",
      realized: "f1",
    });
  });
});
