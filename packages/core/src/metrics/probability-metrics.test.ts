import { describe, expect, it } from "vitest";
import { binaryBrier, multiclassBrier } from "./brier-score.js";
import { expectedCalibrationError } from "./calibration-error.js";
import { binaryLogLoss, multiclassLogLoss } from "./log-loss.js";

const u8 = (v: number[]) => Uint8Array.from(v);
const f64 = (v: number[]) => Float64Array.from(v);

// Expected values from scikit-learn 1.2.1 log_loss / brier_score_loss.
describe("binaryLogLoss", () => {
  it.each([
    ["sklearn's docstring example", [1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65], 0.21616187468057912],
    ["a certain miss clipped at eps", [1, 0, 0, 1], [0, 0.1, 0.2, 0.65], 9.200735093045411],
    ["certain hits", [1, 0], [1, 0], 2.220446049250313e-16],
  ])("%s", (_, y, p, expected) => {
    expect(binaryLogLoss(u8(y), f64(p))).toBeCloseTo(expected, 14);
  });

  it("is null without rows", () => {
    expect(binaryLogLoss(u8([]), f64([]))).toBeNull();
  });
});

describe("multiclassLogLoss", () => {
  it("clips and renormalises rows as scikit-learn does", () => {
    const scores = f64([0.2, 0.3, 0.5, 0.1, 0.1, 0.8, 0, 1, 0]);
    expect(multiclassLogLoss(Int32Array.of(0, 2, 1), scores, 3)).toBeCloseTo(0.6108604879161035, 14);
  });

  it.each([
    ["no rows", Int32Array.of(), f64([]), 3],
    ["one class", Int32Array.of(0, 0), f64([1, 1]), 1],
  ])("is null with %s", (_, target, scores, classes) => {
    expect(multiclassLogLoss(target, scores, classes)).toBeNull();
  });
});

describe("Brier scores", () => {
  it("binaryBrier is the mean squared gap to the 0/1 outcome", () => {
    expect(binaryBrier(u8([0, 1, 1, 0]), f64([0.1, 0.9, 0.8, 0.3]))).toBeCloseTo(0.0375, 15);
  });

  it("multiclassBrier sums the squared gaps over classes", () => {
    // Row 1: 0.3² + 0.3² + 0²; row 2: 0² + 1² + 1².
    expect(multiclassBrier(Int32Array.of(0, 2), f64([0.7, 0.3, 0, 0, 1, 0]), 3)).toBeCloseTo(1.09, 15);
  });

  it.each([
    ["a score above 1", [0.5, 1.5]],
    ["a negative score", [-0.1, 0.5]],
  ])("is null with %s (scikit-learn raises)", (_, scores) => {
    expect(binaryBrier(u8([0, 1]), f64(scores))).toBeNull();
    expect(multiclassBrier(Int32Array.of(0), f64(scores), 2)).toBeNull();
  });
});

describe("expectedCalibrationError", () => {
  it.each([
    ["perfectly calibrated bins", [0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], 0],
    // 0 and 0.1 share the first bin (0.1 is its closed upper edge); 0.15 is alone in the second.
    [
      "bin edges (i/10, (i+1)/10] with 0 in the first",
      [1, 0, 0],
      [0, 0.1, 0.15],
      (2 / 3) * 0.45 + (1 / 3) * 0.15,
    ],
    ["1 in the last bin", [1, 1], [1, 0.95], 0.025],
  ])("%s", (_, y, p, expected) => {
    expect(expectedCalibrationError(u8(y), f64(p))).toBeCloseTo(expected, 15);
  });

  it.each([
    ["no rows", [], []],
    ["a confidence outside [0, 1]", [1], [1.2]],
  ])("is null with %s", (_, y, p) => {
    expect(expectedCalibrationError(u8(y), f64(p))).toBeNull();
  });
});
