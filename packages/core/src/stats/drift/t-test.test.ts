import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { decode, formula } from "./golden-samples.test-support.js";
import { tTest } from "./t-test.js";

function expectClose(actual: number | null, expected: number | null, relative = 1e-9): void {
  if (expected === null || actual === null) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-15);
}

const cases = [
  ...golden.samples.map((c) => [c.name, decode(c.reference), decode(c.current), c.ttest] as const),
  ...golden.formulaSamples.map((c) => [c.name, formula(c.reference), formula(c.current), c.ttest] as const),
];

describe("tTest matches scipy.stats.ttest_ind(equal_var=False)", () => {
  // Where scipy's statistic is ±∞ (both samples constant, different means) the golden holds null and p = 0.
  it.each(cases)("%s", (_, reference, current, expected) => {
    const result = tTest(reference, current);
    expectClose(result.statistic, expected.statistic);
    expectClose(result.pValue, expected.pValue);
    expect(result.drifted).toBe(expected.pValue !== null && expected.pValue < 0.05);
  });

  it.each([
    ["empty", new Float64Array(0), Float64Array.of(1, 2)],
    ["one value", Float64Array.of(1), Float64Array.of(1, 2, 3)],
    ["both constant and equal", Float64Array.of(2, 2, 2), Float64Array.of(2, 2)],
    ["NaN in the data", Float64Array.of(1, Number.NaN, 3), Float64Array.of(1, 2)],
    ["an infinity in the data", Float64Array.of(1, Number.POSITIVE_INFINITY), Float64Array.of(1, 2)],
  ])("%s gives nulls", (_, reference, current) => {
    expect(tTest(reference, current, 0.01)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.01,
      drifted: false,
    });
  });

  it("takes df = 1 when the variances' squares underflow, as scipy does", () => {
    // vn ≈ 1e-170: vn² underflows, so Welch's df is 0/0. scipy 1.10.1: t = −6.123724356957945, p = 0.10304999785219297,
    // which is the two-sided p with one degree of freedom, 1 − 2·atan(|t|)/π.
    const result = tTest(Float64Array.of(0, 2e-85, 4e-85), Float64Array.of(1e-84, 1.2e-84, 1.4e-84));
    expect(result.statistic).toBeCloseTo(-6.123724356957945, 12);
    expect(result.pValue).toBeCloseTo(0.10304999785219297, 14);
    expect(result.pValue).toBeCloseTo(1 - (2 * Math.atan(6.123724356957945)) / Math.PI, 14);
  });

  it("calls two constant samples with different means drifted with p = 0", () => {
    expect(tTest(Float64Array.of(1, 1, 1), Float64Array.of(2, 2))).toEqual({
      statistic: null,
      pValue: 0,
      threshold: 0.05,
      drifted: true,
    });
  });
});
