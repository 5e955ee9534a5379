import { describe, expect, it } from "vitest";
import { binaryExponent, powerOfTwo, scaleByPowerOfTwo } from "./float-bits.js";
import { scaledPower, scaledPowerExponent } from "./scaled-power.js";

describe("float bits", () => {
  it.each([
    [1, 1],
    [0.5, 0],
    [0.75, 0],
    [3, 2],
    [-3, 2],
    [2 ** -1074, -1073],
    [Number.MAX_VALUE, 1024],
    [0, 0],
  ])("binaryExponent(%s) = %s", (x, e) => {
    expect(binaryExponent(x)).toBe(e);
  });

  it("builds exact powers of two, subnormal ones included", () => {
    expect(powerOfTwo(0)).toBe(1);
    expect(powerOfTwo(1023)).toBe(2 ** 1023);
    expect(powerOfTwo(-1074)).toBe(Number.MIN_VALUE);
    expect(powerOfTwo(-1075)).toBe(0);
    expect(powerOfTwo(1024)).toBe(Number.POSITIVE_INFINITY);
  });

  it("scales across the whole exponent range", () => {
    expect(scaleByPowerOfTwo(0.75, 2000 - 2000)).toBe(0.75);
    expect(scaleByPowerOfTwo(scaleByPowerOfTwo(0.75, -3000), 3000)).toBe(0);
    expect(scaleByPowerOfTwo(0.75, 1500)).toBe(Number.POSITIVE_INFINITY);
    expect(scaleByPowerOfTwo(0.75, -1070)).toBe(0.75 * 2 ** -1070);
  });
});

describe("scaledPower", () => {
  it.each([
    [0.5, 10, 0.5, -9],
    [0.75, 3, 0.84375, -1],
    [3, 4, 0.6328125, 7],
    [0.9, 0, 0.5, 1],
  ])("%s^%s = %s·2^%s", (base, m, significand, exponent) => {
    expect(scaledPower(base, 0, m)).toBe(significand);
    expect(scaledPowerExponent).toBe(exponent);
  });

  it("takes powers far below the double range without losing digits", () => {
    // 0.3^1e6: log₂ = 1e6·log₂ 0.3 = −1736965.594…; the significand is 2^frac.
    const significand = scaledPower(0.3, 0, 1_000_000);
    const log2 = Math.log2(significand) + scaledPowerExponent;
    expect(Math.abs(log2 - 1e6 * Math.log2(0.3))).toBeLessThan(1e-9);
  });

  it("adds the first-order effect of the low part", () => {
    // 0.75 + 2⁻⁵⁴ (half an ulp), to the 1000th power: (1 + 2⁻⁵⁴/0.75)^1000 − 1 ≈ 7.4e-14.
    const lo = 2 ** -54;
    const withTail = scaledPower(0.75, lo, 1000);
    const exponent = scaledPowerExponent;
    const without = scaledPower(0.75, 0, 1000);
    expect(scaledPowerExponent).toBe(exponent);
    expect(Math.abs(withTail / without - 1 - (1000 * lo) / 0.75)).toBeLessThan(1e-15);
  });
});
