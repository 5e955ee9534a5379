import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { logBeta, logGamma, stirlingCorrection } from "./log-gamma.js";

describe("logGamma matches scipy.special.gammaln", () => {
  // Absolute error near 1e-15·max(1, |ln Γ|): relative accuracy is lost only next to the zeros at 1 and 2.
  it.each(golden.special.gammaln)("ln Γ(%s)", (x, expected) => {
    expect(Math.abs(logGamma(x!) - expected!)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(expected!)));
  });

  it("is NaN for negative arguments and +∞ at 0", () => {
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("logBeta and the Stirling correction", () => {
  it.each([
    [0.5, 0.5, Math.log(Math.PI)],
    [1, 1, 0],
    [2, 3, Math.log(1 / 12)],
    // mpmath: ln B(0.5, 5e5) = −5.98881649577746431…
    [0.5, 5e5, -5.988816495777464],
    [30, 40, logGamma(30) + logGamma(40) - logGamma(70)],
  ])("ln B(%s, %s)", (a, b, expected) => {
    expect(Math.abs(logBeta(a, b) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
  });

  it("stays exact where the ln Γ terms are huge", () => {
    // ln B(a, 1) = −ln a; ln B(1e6, 1e6) = −1386300.0033629211… (mpmath).
    expect(logBeta(1e7, 1)).toBeCloseTo(-Math.log(1e7), 12);
    expect(Math.abs(logBeta(1e6, 1e6) - -1386300.0033629211)).toBeLessThan(1e-9);
  });

  it("has the Stirling correction 1/(12x) − 1/(360x³) + 1/(1260x⁵) − …", () => {
    expect(stirlingCorrection(100)).toBeCloseTo(1 / 1200 - 1 / 360e6 + 1 / 1260e10, 16);
    // Below 10 it comes from ln Γ by subtraction: absolute error ~1e-15.
    expect(Math.abs(stirlingCorrection(1) - (1 - 0.9189385332046728))).toBeLessThan(5e-15);
  });
});
