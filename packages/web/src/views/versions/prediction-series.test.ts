import { expect, it } from "vitest";
import { predictionSeriesMetrics, predictionSeriesTitle } from "./prediction-series";

it.each([
  ["binary", [], ["prediction.mean", "score.mean"]],
  ["regression", [], ["prediction.mean"]],
  ["multiclass", ["a", "b", "c", "d"], ["prediction.share.a", "prediction.share.b", "prediction.share.c"]],
  ["multiclass", [], []],
] as const)("%s with classes %j", (task, classes, metrics) => {
  expect(predictionSeriesMetrics(task, classes)).toEqual(metrics);
});

it.each([
  ["score.mean", "binary", "Mean score"],
  ["prediction.mean", "binary", "Share predicted positive"],
  ["prediction.mean", "regression", "Mean prediction"],
  ["prediction.share.cat", "multiclass", "Share predicted cat"],
] as const)("%s (%s) is titled %s", (metric, task, title) => {
  expect(predictionSeriesTitle(metric, task)).toBe(title);
});
