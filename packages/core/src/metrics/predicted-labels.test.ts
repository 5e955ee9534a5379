import { describe, expect, it } from "vitest";
import { argmaxPredictions, binaryPredictions } from "./predicted-labels.js";

describe("binaryPredictions", () => {
  it("predicts positive at score >= 0.5 and marks NaN missing", () => {
    const scores = Float64Array.of(0.49999999999999994, 0.5, 0.9, Number.NaN, 0);
    expect(Array.from(binaryPredictions(scores, 0, 1))).toEqual([1, 0, 0, -1, 1]);
  });
});

describe("argmaxPredictions", () => {
  it.each([
    ["a clear maximum", [0.1, 0.7, 0.2], [1]],
    ["ties go to the first class", [0.4, 0.2, 0.4, 0.5, 0.5, 0], [0, 0]],
    ["a NaN row is missing", [0.1, Number.NaN, 0.9, 0.2, 0.3, 0.5], [-1, 2]],
    ["no rows", [], []],
  ])("%s", (_, scores, expected) => {
    expect(Array.from(argmaxPredictions(Float64Array.from(scores), 3))).toEqual(expected);
  });

  it("throws when scores do not form whole rows", () => {
    expect(() => argmaxPredictions(Float64Array.of(0.5, 0.5), 3)).toThrow(RangeError);
  });
});
