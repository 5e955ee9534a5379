import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { regularizedBeta } from "./incomplete-beta.js";
import { studentTSf } from "./student-t.js";

function expectRelative(actual: number, expected: number | null, relative: number): void {
  expect(expected).not.toBeNull();
  expect(Math.abs(actual - expected!)).toBeLessThanOrEqual(relative * Math.abs(expected!) + 1e-300);
}

describe("regularizedBeta matches scipy.special.betainc", () => {
  // cephes' incbet itself drifts by up to 1e-11 at a = 5000; there mpmath (50 digits) is the reference.
  it.each(golden.special.betainc)("I_%s(%s, %s)", (x, a, b, scipy, exact) => {
    const value = regularizedBeta(x!, a!, b!);
    expectRelative(value, exact, 1e-13);
    expectRelative(value, scipy, a! + b! > 1000 ? 1e-10 : 1e-12);
  });

  it("keeps its digits at a ≈ 10⁶, x ≈ 1 (where cephes' incbet is off by 1e-10)", () => {
    // I_x(5e5, 0.5) at x = 0.999999 is 0.3173105078558955776… (mpmath, 50 digits).
    expectRelative(regularizedBeta(0.999999, 5e5, 0.5), 0.3173105078558956, 1e-13);
  });

  it("is 0 and 1 at the ends and NaN outside the domain", () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(1.5, 2, 3)).toBeNaN();
    expect(regularizedBeta(0.5, 0, 3)).toBeNaN();
  });
});

describe("studentTSf matches scipy.stats.t.sf (cdflib's cumt)", () => {
  it.each(golden.special.tSf)("sf(%s; df = %s)", (t, df, expected) => {
    expectRelative(studentTSf(t!, df!), expected, 1e-12);
  });

  it("is ½ at 0, symmetric, and the normal tail at df = ∞", () => {
    expect(studentTSf(0, 3)).toBe(0.5);
    expect(studentTSf(-2, 7) + studentTSf(2, 7)).toBeCloseTo(1, 15);
    expect(studentTSf(Number.POSITIVE_INFINITY, 4)).toBe(0);
    expect(studentTSf(Number.NEGATIVE_INFINITY, 4)).toBe(1);
    expect(studentTSf(1.96, Number.POSITIVE_INFINITY)).toBeCloseTo(0.024997895148220435, 16);
  });
});
