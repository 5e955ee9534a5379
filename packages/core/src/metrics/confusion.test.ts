import { describe, expect, it } from "vitest";
import { classMetrics } from "./class-metrics.js";
import { confusionCounts, confusionRows, oneVsRest } from "./confusion.js";

describe("confusion matrix", () => {
  const counts = confusionCounts(Int32Array.of(0, 0, 1, 2, 2, 2), Int32Array.of(0, 1, 1, 2, 0, 0), 3);

  it("puts true classes in rows and predicted classes in columns", () => {
    expect(confusionRows(counts, 3)).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [2, 0, 1],
    ]);
  });

  it.each([
    [0, { tp: 1, fp: 2, fn: 1, tn: 2 }],
    [1, { tp: 1, fp: 1, fn: 0, tn: 4 }],
    [2, { tp: 1, fp: 0, fn: 2, tn: 3 }],
  ])("class %d against the rest", (k, expected) => {
    expect(oneVsRest(counts, 3, k, 6)).toEqual(expected);
  });
});

describe("classMetrics", () => {
  it.each([
    [
      "ordinary counts",
      { tp: 2, fp: 1, fn: 2, tn: 5 },
      { precision: 2 / 3, recall: 0.5, f1: 4 / 7, specificity: 5 / 6, fpr: 1 / 6, fnr: 0.5, support: 4 },
    ],
    [
      "never predicted: F1 stays 0",
      { tp: 0, fp: 0, fn: 3, tn: 1 },
      { precision: null, recall: 0, f1: 0, specificity: 1, fpr: 0, fnr: 1, support: 3 },
    ],
    [
      "absent everywhere",
      { tp: 0, fp: 0, fn: 0, tn: 4 },
      { precision: null, recall: null, f1: null, specificity: 1, fpr: 0, fnr: null, support: 0 },
    ],
    [
      "no negatives",
      { tp: 2, fp: 0, fn: 1, tn: 0 },
      { precision: 1, recall: 2 / 3, f1: 0.8, specificity: null, fpr: null, fnr: 1 / 3, support: 3 },
    ],
  ])("%s", (_, counts, expected) => {
    expect(classMetrics(counts)).toEqual(expected);
  });
});
