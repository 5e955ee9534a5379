import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { normalCdf } from "../special/normal.js";
import { zTest } from "./z-test.js";

function expectClose(actual: number | null, expected: number | null, relative = 1e-9): void {
  expect(actual).not.toBeNull();
  expect(expected).not.toBeNull();
  expect(Math.abs(actual! - expected!)).toBeLessThanOrEqual(relative * Math.abs(expected!) + 1e-300);
}

const tested = golden.counts.flatMap((c) => (c.z ? [[c.name, c, c.z] as const] : []));

describe("zTest matches Evidently's pooled two-proportion z-test", () => {
  it.each(tested)("%s", (_, c, expected) => {
    const result = zTest(Float64Array.from(c.reference), Float64Array.from(c.current));
    expectClose(result.statistic, expected.statistic);
    // p = 2·norm.sf(|z|) from scipy; Evidently's 2·(1 − norm.cdf(|z|)) is the same number up to its rounding.
    expectClose(result.pValue, expected.pValue);
    expectClose(result.pValue, expected.evidentlyPValue, 1e-11);
    expect(result.drifted).toBe(expected.pValue < 0.05);
  });

  it("computes 2·(1 − Φ(|z|)) by the survival function", () => {
    const result = zTest(Float64Array.of(30, 70), Float64Array.of(45, 55));
    expect(result.pValue).toBeCloseTo(2 * (1 - normalCdf(Math.abs(result.statistic!))), 15);
  });

  it.each([
    ["both only the first category", Float64Array.of(7, 0), Float64Array.of(3, 0)],
    ["both only the second category", Float64Array.of(0, 10), Float64Array.of(0, 5)],
    ["a single category", Float64Array.of(12), Float64Array.of(9)],
  ])("%s: z = 0, p = 1", (_, reference, current) => {
    expect(zTest(reference, current)).toEqual({ statistic: 0, pValue: 1, threshold: 0.05, drifted: false });
  });

  it.each([
    ["no categories", new Float64Array(0), new Float64Array(0)],
    ["empty current", Float64Array.of(3, 4), Float64Array.of(0, 0)],
    ["a NaN count", Float64Array.of(3, Number.NaN), Float64Array.of(1, 2)],
  ])("%s gives nulls", (_, reference, current) => {
    expect(zTest(reference, current)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.05,
      drifted: false,
    });
  });

  it("ignores a category empty on both sides and rejects a third real one", () => {
    expect(zTest(Float64Array.of(30, 0, 70), Float64Array.of(45, 0, 55))).toEqual(
      zTest(Float64Array.of(30, 70), Float64Array.of(45, 55)),
    );
    expect(() => zTest(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 3))).toThrow(RangeError);
    expect(() => zTest(Float64Array.of(1, 2), Float64Array.of(1))).toThrow(RangeError);
  });
});
