import { describe, expect, it } from "vitest";
import { formatChange, formatCount, formatNumber, formatPercent, formatPValue } from "./format-value.js";

describe("format-value", () => {
  it.each([
    [null, "—"],
    [undefined, "—"],
    [Number.NaN, "—"],
    [Number.POSITIVE_INFINITY, "—"],
    [0, "0"],
    [0.123456, "0.1235"],
    [-2.5, "-2.5"],
    [0.00042, "4.20e-4"],
    [12345.678, "12345.678"],
    [2.5e7, "2.50e+7"],
  ])("formatNumber(%s) is %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [null, "—"],
    [0, "0"],
    [1, "1"],
    [0.04999, "0.05"],
    [0.0009, "9.00e-4"],
    [3.2e-300, "3.20e-300"],
  ])("formatPValue(%s) is %s", (value, text) => {
    expect(formatPValue(value)).toBe(text);
  });

  it.each([
    [null, "—"],
    [0, "0%"],
    [1, "100%"],
    [0.4, "40%"],
    [0.12345, "12.3%"],
    [0.00003, "0.003%"],
  ])("formatPercent(%s) is %s", (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it.each([
    [null, "—"],
    [0, "0"],
    [0.09, "+0.09"],
    [-0.04, "-0.04"],
    [-0.00001, "-1.00e-5"],
  ])("formatChange(%s) is %s", (value, text) => {
    expect(formatChange(value)).toBe(text);
  });

  it("groups thousands whatever the locale", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
  });
});
