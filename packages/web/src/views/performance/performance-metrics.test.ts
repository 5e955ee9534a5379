import { describe, expect, it } from "vitest";
import { chosenMetrics, metricsForTask, seriesToFetch, toggleMetric } from "./performance-metrics";

describe("performance metrics", () => {
  it.each([
    [
      "binary",
      ["accuracy", "precision", "recall", "f1", "fpr", "fnr", "rocAuc", "prAuc", "logLoss", "brier", "ece"],
    ],
    [
      "multiclass",
      ["accuracy", "precision", "recall", "f1", "fpr", "fnr", "rocAuc", "prAuc", "logLoss", "brier", "ece"],
    ],
    ["regression", ["mae", "rmse", "mape", "r2", "meanError", "maxError"]],
  ] as const)("metricsForTask(%s)", (task, expected) => {
    expect(metricsForTask(task)).toEqual(expected);
  });
  it.each([
    [undefined, "binary", ["accuracy", "f1", "rocAuc", "ece"]],
    ["recall,accuracy,bogus,recall", "binary", ["recall", "accuracy"]],
    ["rmse", "binary", ["accuracy", "f1", "rocAuc", "ece"]],
    ["r2,mae", "regression", ["r2", "mae"]],
    ["", "regression", ["rmse", "mae", "r2", "meanError"]],
  ] as const)("chosenMetrics(%s, %s)", (param, task, expected) => {
    expect(chosenMetrics(param, task)).toEqual(expected);
  });
  it.each([
    [["f1", "accuracy"], "precision", ["accuracy", "precision", "f1"]],
    [["f1", "accuracy"], "f1", ["accuracy"]],
    [["accuracy"], "accuracy", []],
  ] as const)("toggleMetric(%j, %s) keeps the task's order", (chosen, metric, expected) => {
    expect(toggleMetric(chosen, metric, "binary")).toEqual(expected);
  });
  it.each([
    [["accuracy", "ece"], "binary", ["count", "labelCoverage", "accuracy", "ece", "brier"]],
    [["rmse"], "regression", ["count", "labelCoverage", "rmse"]],
  ] as const)("seriesToFetch(%j, %s) asks once for each series", (chosen, task, expected) => {
    expect(seriesToFetch(chosen, task)).toEqual(expected);
  });
});
