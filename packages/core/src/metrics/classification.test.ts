import { describe, expect, it } from "vitest";
import { classificationMetrics } from "./classification.js";

const i32 = (v: number[]) => Int32Array.from(v);

describe("classificationMetrics input handling", () => {
  it.each([
    ["prediction length", { labels: ["a", "b"], target: i32([0, 1]), prediction: i32([0]) }],
    ["a code past the labels", { labels: ["a", "b"], target: i32([0, 2]), prediction: i32([0, 1]) }],
    [
      "binary score count",
      {
        labels: ["a", "b"],
        target: i32([0]),
        prediction: i32([0]),
        scores: Float64Array.of(0.1, 0.2),
        positive: 1,
      },
    ],
    [
      "multiclass score count",
      { labels: ["a", "b", "c"], target: i32([0]), prediction: i32([0]), scores: Float64Array.of(0.1, 0.2) },
    ],
    [
      "a positive index past the labels",
      { labels: ["a", "b"], target: i32([0]), prediction: i32([0]), positive: 2 },
    ],
  ])("throws RangeError on %s", (_, input) => {
    expect(() => classificationMetrics(input)).toThrow(RangeError);
  });

  it("is binary only with a positive label; two labels without one are multiclass", () => {
    const input = { labels: ["a", "b"], target: i32([0, 1, 1, 0]), prediction: i32([0, 1, 0, 0]) };
    expect(classificationMetrics({ ...input, positive: 1 }).perClass).toBeUndefined();
    const multi = classificationMetrics(input);
    expect(multi.perClass?.b).toEqual({
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
      specificity: 1,
      fpr: 0,
      fnr: 0.5,
      support: 2,
    });
    expect(multi.averages?.micro).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it("uses the same rows for every metric: a NaN score drops its row from accuracy too", () => {
    const result = classificationMetrics({
      labels: ["n", "y"],
      target: i32([1, 0, 1]),
      prediction: i32([0, 0, 1]),
      scores: Float64Array.of(Number.NaN, 0.2, 0.8),
      positive: 1,
    });
    expect(result).toMatchObject({ rows: 2, accuracy: 1, rocAuc: 1 });
  });

  it("a single binary label leaves what needs the other class null", () => {
    const result = classificationMetrics({
      labels: ["only"],
      target: i32([0, 0]),
      prediction: i32([0, 0]),
      scores: Float64Array.of(0.9, 0.4),
      positive: 0,
    });
    expect(result).toMatchObject({
      rows: 2,
      accuracy: 1,
      precision: 1,
      recall: 1,
      specificity: null,
      rocAuc: null,
    });
    expect(result.logLoss).toBeNull();
    expect(result.prAuc).toBe(1);
    expect(result.confusionMatrix).toEqual({ labels: ["only"], matrix: [[2]] });
  });

  it("never yields NaN or Infinity, whatever the scores", () => {
    const result = classificationMetrics({
      labels: ["a", "b", "c"],
      target: i32([0, 1, 2, 2]),
      prediction: i32([0, 0, 0, 0]),
      scores: Float64Array.of(0, 0, 0, Number.POSITIVE_INFINITY, 0, -1, 5, 5, 5, 1e308, 1e308, 1e308),
    });
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
    expect(result.brier).toBeNull();
    expect(result.ece).toBeNull();
  });
});
