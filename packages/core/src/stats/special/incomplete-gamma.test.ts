import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { chiSquareSf } from "./chi-square-distribution.js";
import { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.js";

function expectRelative(actual: number, expected: number | null, relative: number): void {
  expect(expected).not.toBeNull();
  expect(Math.abs(actual - expected!)).toBeLessThanOrEqual(relative * Math.abs(expected!) + 1e-300);
}

describe("regularized incomplete gamma matches scipy.special.gammainc / gammaincc", () => {
  // Far tails (values down to 1e-283) carry ~1e-13 in both implementations.
  it.each(golden.special.gamma)("P and Q at a = %s, x = %s", (a, x, p, q) => {
    expectRelative(regularizedGammaP(a!, x!), p, 1e-12);
    expectRelative(regularizedGammaQ(a!, x!), q, 1e-12);
  });

  it.each([
    [0, 1, 0, 1],
    [Number.POSITIVE_INFINITY, 3, 1, 0],
  ])("at x = %s, a = %s", (x, a, p, q) => {
    expect(regularizedGammaP(a, x)).toBe(p);
    expect(regularizedGammaQ(a, x)).toBe(q);
  });

  it("is NaN outside a > 0, x ≥ 0", () => {
    expect(regularizedGammaP(0, 1)).toBeNaN();
    expect(regularizedGammaQ(1, -1)).toBeNaN();
  });
});

describe("chiSquareSf matches scipy.stats.chi2.sf", () => {
  it.each(golden.special.chi2Sf)("sf(%s; df = %s)", (x, df, expected) => {
    expectRelative(chiSquareSf(x!, df!), expected, 1e-12);
  });

  it("is 1 below 0 and NaN for df ≤ 0", () => {
    expect(chiSquareSf(-1, 3)).toBe(1);
    expect(chiSquareSf(1, 0)).toBeNaN();
  });
});
