import { describe, expect, it } from "vitest";
import { meanOfDefined, ratio, weightedMeanOfDefined } from "./ratio.js";

describe("ratio helpers", () => {
  it.each([
    [1, 4, 0.25],
    [0, 3, 0],
    [0, 0, null],
    [2, 0, null],
  ])("ratio(%d, %d) = %s", (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });

  it.each([
    [[0.5, null, 1], 0.75],
    [[null, null], null],
    [[], null],
  ])("meanOfDefined(%j) = %s", (values, expected) => {
    expect(meanOfDefined(values)).toBe(expected);
  });

  it.each([
    ["support-weighted over defined values", [0.5, null, 1], [1, 5, 3], 0.875],
    ["plain mean when the defined values weigh 0", [null, 0, 0.5], [4, 0, 0], 0.25],
    ["null when nothing is defined", [null], [3], null],
  ])("weightedMeanOfDefined: %s", (_, values, weights, expected) => {
    expect(weightedMeanOfDefined(values, weights)).toBe(expected);
  });
});
