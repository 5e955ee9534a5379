import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { chiSquareTest } from "./chi-square-test.js";

function expectClose(actual: number | null, expected: number | null, relative = 1e-9): void {
  if (expected === null || actual === null) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-300);
}

const tested = golden.counts.flatMap((c) => (c.chisquare ? [[c.name, c, c.chisquare] as const] : []));

describe("chiSquareTest matches scipy.stats.chisquare(current, reference share · current total)", () => {
  // Categories empty on both sides are left out before scipy sees them; an unseen category gives scipy inf, p = 0.
  it.each(tested)("%s", (_, c, expected) => {
    const result = chiSquareTest(Float64Array.from(c.reference), Float64Array.from(c.current));
    expectClose(result.statistic, expected.statistic);
    expectClose(result.pValue, expected.pValue);
    expect(result.drifted).toBe(expected.pValue! < 0.05);
  });

  it("reports an unseen category as statistic null, p = 0, drifted", () => {
    expect(chiSquareTest(Float64Array.of(5, 5, 0), Float64Array.of(5, 5, 1), 0.01)).toEqual({
      statistic: null,
      pValue: 0,
      threshold: 0.01,
      drifted: true,
    });
  });

  it.each([
    ["one category", Float64Array.of(12), Float64Array.of(9)],
    ["one category seen on either side", Float64Array.of(0, 7, 0), Float64Array.of(0, 3, 0)],
  ])("%s: nothing can differ (statistic 0, p = 1)", (_, reference, current) => {
    expect(chiSquareTest(reference, current)).toEqual({
      statistic: 0,
      pValue: 1,
      threshold: 0.05,
      drifted: false,
    });
  });

  it.each([
    ["no categories", new Float64Array(0), new Float64Array(0)],
    ["empty reference", Float64Array.of(0, 0), Float64Array.of(1, 2)],
    ["empty current", Float64Array.of(3, 4), Float64Array.of(0, 0)],
    ["a negative count", Float64Array.of(3, -1), Float64Array.of(1, 2)],
    ["a NaN count", Float64Array.of(3, Number.NaN), Float64Array.of(1, 2)],
  ])("%s gives nulls", (_, reference, current) => {
    expect(chiSquareTest(reference, current)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.05,
      drifted: false,
    });
  });

  it("reports an overflowing statistic like an infinite one", () => {
    expect(chiSquareTest(Float64Array.of(1e308, 1), Float64Array.of(1, 1e308))).toEqual({
      statistic: null,
      pValue: 0,
      threshold: 0.05,
      drifted: true,
    });
  });

  it("rejects counts that are not aligned", () => {
    expect(() => chiSquareTest(Float64Array.of(1, 2), Float64Array.of(1))).toThrow(RangeError);
  });
});
