import { describe, expect, it } from "vitest";
import { betterOf, metricDirection, sideBySide } from "./side-by-side";

describe("metricDirection", () => {
  it.each([
    ["accuracy", "higher"],
    ["rocAuc", "higher"],
    ["r2", "higher"],
    ["logLoss", "lower"],
    ["rmse", "lower"],
    ["fpr", "lower"],
    ["meanError", null],
  ])("%s → %s", (metric, direction) => {
    expect(metricDirection(metric)).toBe(direction);
  });
});

describe("betterOf", () => {
  it.each([
    [0.02, "higher", "candidate"],
    [-0.02, "higher", "base"],
    [-0.02, "lower", "candidate"],
    [0.02, "lower", "base"],
    [0, "higher", "tie"],
    [0.02, null, null],
    [null, "higher", null],
  ] as const)("difference %s, %s is better → %s", (difference, direction, better) => {
    expect(betterOf(difference, direction)).toBe(better);
  });
});

describe("sideBySide", () => {
  it.each([
    ["both values", 0.8, 0.83, { difference: 0.83 - 0.8, better: "candidate" }],
    ["a missing base", null, 0.83, { base: null, difference: null, better: null }],
    ["a non-number", "0.8", 0.83, { base: null, difference: null, better: null }],
    ["a non-finite value", 0.8, Number.NaN, { candidate: null, difference: null, better: null }],
  ])("%s", (_, base, candidate, expected) => {
    expect(sideBySide("accuracy", base, candidate, "higher")).toMatchObject(expected);
  });
});
