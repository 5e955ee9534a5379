import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { wassersteinDistance, wassersteinDrift } from "./wasserstein.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

function expectClose(actual: number | null, expected: number | null, relative = 1e-9): void {
  if (expected === null || actual === null) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-15);
}

describe("wassersteinDistance matches scipy.stats.wasserstein_distance", () => {
  it.each(golden.samples.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expectClose(wassersteinDistance(f64(c.reference), f64(c.current)), c.wasserstein);
  });

  it("is NaN for an empty or NaN-holding sample", () => {
    expect(wassersteinDistance(new Float64Array(0), Float64Array.of(1))).toBeNaN();
    expect(wassersteinDistance(Float64Array.of(1, Number.NaN), Float64Array.of(1))).toBeNaN();
  });
});

describe("wassersteinDrift is the distance over max(std(reference), 0.001)", () => {
  it.each(golden.samples.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = wassersteinDrift(f64(c.reference), f64(c.current));
    expectClose(result.statistic, c.wassersteinNormed);
    expect(result.pValue).toBeNull();
    expect(result.threshold).toBe(0.1);
    expect(result.drifted).toBe(c.wassersteinNormed! >= 0.1);
  });

  it.each([
    ["empty reference", new Float64Array(0), Float64Array.of(1, 2)],
    ["empty current", Float64Array.of(1, 2), new Float64Array(0)],
    ["infinite value", Float64Array.of(1, Number.POSITIVE_INFINITY), Float64Array.of(1, 2)],
  ])("%s gives a null statistic", (_, reference, current) => {
    expect(wassersteinDrift(reference, current, 0.2)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.2,
      drifted: false,
    });
  });

  it("drifts at the threshold itself", () => {
    // Reference std 0.5, distance 0.5: the statistic is exactly 1.
    expect(wassersteinDrift(Float64Array.of(0, 1), Float64Array.of(0.5, 1.5), 1).drifted).toBe(true);
  });
});
