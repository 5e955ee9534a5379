import { describe, expect, it } from "vitest";
import { averagePrecision } from "./average-precision.js";
import { rocAuc } from "./roc-auc.js";
import { thresholdCurve } from "./threshold-curve.js";

const curve = (scores: number[], labels: number[]) =>
  thresholdCurve(Float64Array.from(scores), Uint8Array.from(labels));

describe("thresholdCurve", () => {
  it("merges tied scores into one threshold, highest first", () => {
    const c = curve([0.2, 0.9, 0.2, 0.5, 0.9], [0, 1, 1, 0, 0]);
    expect(Array.from(c.tps)).toEqual([1, 1, 2]);
    expect(Array.from(c.fps)).toEqual([1, 2, 3]);
    expect([c.positives, c.negatives]).toEqual([2, 3]);
  });

  it("treats −0 and +0 as one score, as numpy.diff does", () => {
    const c = curve([-0, 0, 1, 1], [0, 1, 0, 1]);
    expect(Array.from(c.tps)).toEqual([1, 2]);
  });
});

// Expected values from scikit-learn 1.2.1 (roc_auc_score, average_precision_score).
describe.each([
  ["sklearn's docstring example", [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.75, 0.8333333333333333],
  ["all scores tied", [0.5, 0.5, 0.5, 0.5], [0, 1, 0, 0], 0.5, 0.25],
  ["signed zeros tied", [-0, 0, 1, 1], [0, 1, 0, 1], 0.5, 0.5],
  [
    "perfect ranking with infinities",
    [Number.NEGATIVE_INFINITY, 0, 3, Number.POSITIVE_INFINITY],
    [0, 0, 1, 1],
    1,
    1,
  ],
  ["reversed ranking", [0.9, 0.8, 0.1], [0, 0, 1], 0, 1 / 3],
  ["only positives", [0.1, 0.7], [1, 1], null, 1],
  ["only negatives", [0.1, 0.7], [0, 0], null, null],
  ["no rows", [], [], null, null],
])("%s", (_, scores, labels, auc, ap) => {
  const c = curve(scores, labels);
  it("rocAuc", () => {
    const value = rocAuc(c);
    if (auc === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(auc, 15);
  });
  it("averagePrecision", () => {
    const value = averagePrecision(c);
    if (ap === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(ap, 15);
  });
});
