import { describe, expect, it } from "vitest";
import type { CategoricalReference, NumericalReference } from "./lookup-types";
import { categoricalPlacement, numericalPlacement, ordinal, shareText } from "./percentile-text";

describe("ordinal", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [42, "42nd"],
    [100, "100th"],
    [111, "111th"],
  ])("%i → %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe("numericalPlacement", () => {
  const reference = (percentile: number | null): NumericalReference => ({
    percentile,
    min: 17,
    max: 90,
    p05: 19,
    p50: 37,
    p95: 63,
    histogram: { edges: [17, 53.5, 90], counts: [80, 20] },
  });
  it.each([
    [37, 50.2, "50th percentile of the reference", false],
    [64, 96, "96th percentile of the reference", true],
    [18, 0.4, "below the 1st percentile of the reference", true],
    [89, 99.6, "above the 99th percentile of the reference", true],
    [10, 0, "below the reference minimum (17)", true],
    [120, 100, "above the reference maximum (90)", true],
    [null, null, "missing", true],
    ["abc", null, "not a number (abc)", true],
    [40, null, "within the reference range", false],
  ] as const)("value %j at percentile %j", (value, percentile, text, unusual) => {
    expect(numericalPlacement(value, reference(percentile))).toEqual({ text, unusual });
  });
});

describe("categoricalPlacement", () => {
  const reference = (share: number): CategoricalReference => ({
    share,
    top: [
      { value: "Private", share: 0.7 },
      { value: "Self-emp", share: 0.08 },
    ],
  });
  it.each([
    ["Private", 0.7, "70% of the reference, the most common", false],
    ["Self-emp", 0.08, "8% of the reference, the 2nd most common", false],
    ["Never-worked", 0.0002, "0.02% of the reference, not among its 2 most common", true],
    ["Martian", 0, "never seen in the reference", true],
    [null, 0, "missing", true],
  ] as const)("%j with share %d", (value, share, text, unusual) => {
    expect(categoricalPlacement(value, reference(share))).toEqual({ text, unusual });
  });

  it("says 'not the most common' when the reference lists a single category", () => {
    expect(categoricalPlacement("Black", { share: 0.096, top: [{ value: "White", share: 0.85 }] }).text).toBe(
      "9.6% of the reference, not the most common",
    );
  });
});

describe("shareText", () => {
  it.each([
    [0.7, "70%"],
    [0.0812, "8.1%"],
    [0.0002, "0.02%"],
    [0.00001, "< 0.01%"],
    [0, "0%"],
  ])("%d → %s", (share, text) => {
    expect(shareText(share)).toBe(text);
  });
});
