import { describe, expect, it } from "vitest";
import { confusionOption, rowShares } from "./confusion-option";
import { chosenMetrics, metricsForTask, toggleMetric } from "./performance-metrics";

describe("performance metrics", () => {
  it.each([
    [undefined, "binary", ["accuracy", "f1", "rocAuc", "ece"]],
    ["recall,accuracy,bogus,recall", "binary", ["recall", "accuracy"]],
    ["rmse", "binary", ["accuracy", "f1", "rocAuc", "ece"]],
    ["r2,mae", "regression", ["r2", "mae"]],
    ["", "regression", ["rmse", "mae", "r2", "meanError"]],
  ] as const)("chosenMetrics(%s, %s)", (param, task, expected) => {
    expect(chosenMetrics(param, task)).toEqual(expected);
  });
  it("toggles a metric keeping the task's order", () => {
    expect(toggleMetric(["f1", "accuracy"], "precision", "binary")).toEqual(["accuracy", "precision", "f1"]);
    expect(toggleMetric(["f1", "accuracy"], "f1", "binary")).toEqual(["accuracy"]);
    expect(metricsForTask("multiclass")).toContain("logLoss");
  });
});

describe("confusion matrix", () => {
  it("shares per true class, empty rows as zeros", () => {
    expect(
      rowShares([
        [3, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0.75, 0.25],
      [0, 0],
    ]);
  });
  it("cells carry predicted, true, share and count", () => {
    const option = confusionOption({
      labels: ["no", "yes"],
      matrix: [
        [3, 1],
        [2, 6],
      ],
    }) as {
      series: { data: number[][] }[];
      xAxis: { data: string[] };
    };
    expect(option.xAxis.data).toEqual(["no", "yes"]);
    expect(option.series[0]!.data).toEqual([
      [0, 0, 0.75, 3],
      [1, 0, 0.25, 1],
      [0, 1, 0.25, 2],
      [1, 1, 0.75, 6],
    ]);
  });
});
