import { describe, expect, it } from "vitest";
import { regressionMetrics } from "./regression.js";

const f64 = (v: number[]) => Float64Array.from(v);

describe("regressionMetrics edge cases", () => {
  it("treats a target of equal values as constant even when its float mean is off by an ulp", () => {
    // numpy's mean of [0.1, 0.1, 0.1] is 0.10000000000000002, so scikit-learn would divide by a tiny variance.
    expect(regressionMetrics(f64([0.1, 0.1, 0.1]), f64([0.1, 0.2, 0.1])).r2).toBe(0);
    expect(regressionMetrics(f64([0.1, 0.1, 0.1]), f64([0.1, 0.1, 0.1])).r2).toBe(1);
  });

  it("drops rows with an infinity on either side, as it drops NaN", () => {
    const result = regressionMetrics(
      f64([1, Number.POSITIVE_INFINITY, 2, Number.NaN]),
      f64([2, 0, Number.NEGATIVE_INFINITY, 1]),
    );
    expect(result).toMatchObject({ rows: 1, mae: 1, meanError: 1, maxError: 1, r2: null });
  });

  it("gives null, not Infinity or NaN, when errors overflow", () => {
    const result = regressionMetrics(f64([-1e308, 1e308]), f64([1e308, -1e308]));
    expect(result.rmse).toBeNull();
    expect(result.errorQuantiles.p50).toBeNull();
    expect(result.mae).toBeNull();
  });

  it("throws on misaligned columns", () => {
    expect(() => regressionMetrics(f64([1, 2]), f64([1]))).toThrow(RangeError);
  });
});
