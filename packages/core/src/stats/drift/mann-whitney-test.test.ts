import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { decode, formula } from "./golden-samples.test-support.js";
import { mannWhitneyTest, mannWhitneyU } from "./mann-whitney-test.js";

function expectClose(actual: number, expected: number | null, relative = 1e-9): void {
  expect(expected).not.toBeNull();
  expect(Math.abs(actual - expected!)).toBeLessThanOrEqual(relative * Math.abs(expected!) + 1e-15);
}

const cases = [
  ...golden.samples.map((c) => [c.name, decode(c.reference), decode(c.current), c.mannwhitney] as const),
  ...golden.formulaSamples.map(
    (c) => [c.name, formula(c.reference), formula(c.current), c.mannwhitney] as const,
  ),
];

describe("mannWhitneyU matches scipy.stats.mannwhitneyu (two-sided, asymptotic)", () => {
  // The "infinities" case went into scipy with ±inf as ±1e300: same ranks, without rankdata's inf − inf NaN.
  it.each(cases)("%s", (_, reference, current, expected) => {
    const result = mannWhitneyU(reference, current)!;
    expect(result.statistic).toBe(expected.statistic);
    expectClose(result.pValue, expected.pValue);
  });
});

describe("mannWhitneyTest", () => {
  it("drifts when p < threshold and reports U of the reference", () => {
    const reference = Float64Array.of(1, 2, 3, 4, 5, 6);
    const current = Float64Array.of(7, 8, 9, 10, 11);
    const result = mannWhitneyTest(reference, current);
    expect(result.statistic).toBe(0);
    expect(result.drifted).toBe(true);
    expect(mannWhitneyTest(current, reference).statistic).toBe(30);
  });

  it.each([
    ["empty", new Float64Array(0), Float64Array.of(1, 2)],
    ["NaN in the data", Float64Array.of(1, Number.NaN), Float64Array.of(1, 2)],
  ])("%s gives nulls", (_, reference, current) => {
    expect(mannWhitneyTest(reference, current)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.05,
      drifted: false,
    });
  });

  it("gives p = 1 when every value is tied", () => {
    expect(mannWhitneyTest(Float64Array.of(4, 4, 4), Float64Array.of(4, 4))).toEqual({
      statistic: 3,
      pValue: 1,
      threshold: 0.05,
      drifted: false,
    });
  });
});
