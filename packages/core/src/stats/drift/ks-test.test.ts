import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { decode, formula } from "./golden-samples.test-support.js";
import { ksTest, ksTwoSample } from "./ks-test.js";

function expectClose(actual: number, expected: number | null, relative = 1e-9, absolute = 1e-15): void {
  expect(expected).not.toBeNull();
  expect(Math.abs(actual - expected!)).toBeLessThanOrEqual(relative * Math.abs(expected!) + absolute);
}

const cases = [
  ...golden.samples.map((c) => [c.name, decode(c.reference), decode(c.current), c.ks] as const),
  ...golden.formulaSamples.map((c) => [c.name, formula(c.reference), formula(c.current), c.ks] as const),
];

describe("ksTwoSample matches scipy.stats.ks_2samp (two-sided, method auto)", () => {
  it.each(cases)("%s", (_, reference, current, expected) => {
    const result = ksTwoSample(reference, current)!;
    expectClose(result.statistic, expected.statistic, 1e-12);
    expectClose(result.pValue, expected.pValue);
    expect(result.method).toBe(expected.method);
  });
});

describe("ksTest", () => {
  it.each(cases.slice(0, 12))("wraps %s as a DriftResult", (_, reference, current, expected) => {
    const result = ksTest(reference, current, 0.1);
    expect(result.threshold).toBe(0.1);
    expect(result.pValue).toBe(ksTwoSample(reference, current)!.pValue);
    expect(result.drifted).toBe(expected.pValue! <= 0.1);
  });

  it("drifts when p equals the threshold", () => {
    // Two disjoint samples of five: p = 2/C(10, 5) = 1/126 exactly as the exact sum rounds it.
    const result = ksTest(Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(6, 7, 8, 9, 10));
    expect(result.statistic).toBe(1);
    expect(
      ksTest(Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(6, 7, 8, 9, 10), result.pValue!).drifted,
    ).toBe(true);
  });

  it.each([
    ["empty reference", new Float64Array(0), Float64Array.of(1, 2)],
    ["empty current", Float64Array.of(1), new Float64Array(0)],
    ["NaN in the data", Float64Array.of(1, Number.NaN), Float64Array.of(1, 2)],
  ])("%s gives nulls", (_, reference, current) => {
    expect(ksTest(reference, current)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.05,
      drifted: false,
    });
  });

  it("leaves its inputs unsorted and untouched", () => {
    const reference = Float64Array.of(3, 1, 2);
    const current = Float64Array.of(9, -1, 4, 0);
    ksTest(reference, current);
    expect([...reference]).toEqual([3, 1, 2]);
    expect([...current]).toEqual([9, -1, 4, 0]);
  });
});
