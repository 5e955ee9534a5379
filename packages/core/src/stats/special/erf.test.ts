import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { erf, erfc } from "./erf.js";

function expectRelative(actual: number, expected: number | null, relative: number): void {
  expect(expected).not.toBeNull();
  expect(Math.abs(actual - expected!)).toBeLessThanOrEqual(relative * Math.abs(expected!));
}

describe("erfc matches scipy.special.erfc", () => {
  it.each(golden.special.erfc)("erfc(%s)", (x, expected) => {
    expectRelative(erfc(x!), expected!, 1e-14);
  });

  it("keeps full relative accuracy past cephes' underflow point", () => {
    // erfc(27) = 5.2370464393526e-319 (subnormal; cephes returns 0 beyond x ≈ 26.6).
    expect(erfc(27)).toBeGreaterThan(5.2e-319);
    expect(erfc(27)).toBeLessThan(5.3e-319);
    expect(erfc(Number.POSITIVE_INFINITY)).toBe(0);
    expect(erfc(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe("erf matches scipy.special.erf", () => {
  it.each(golden.special.erf)("erf(%s)", (x, expected) => {
    expectRelative(erf(x!), expected!, 1e-14);
  });

  it("is odd and saturates", () => {
    expect(erf(0)).toBe(0);
    expect(erf(-0.3)).toBe(-erf(0.3));
    expect(erf(40)).toBe(1);
    expect(erf(-40)).toBe(-1);
  });
});
