import type { Column } from "@telltale/core";
import { describe, expect, it } from "vitest";
import { equalWidthHistogram, featureInReference } from "./prediction-context.js";

const numerical = (values: number[]): Column => ({ kind: "numerical", values: Float64Array.from(values) });
const categorical = (categories: string[], codes: number[]): Column => ({
  kind: "categorical",
  codes: Int32Array.from(codes),
  categories,
});

// Reference x: 1…5 and one NaN, shuffled. Non-null n = 5, sorted [1, 2, 3, 4, 5].
// numpy linear quantiles at index (n − 1)q = 4q: q=0.05 → 0.2 → 1 + 0.2 = 1.2; q=0.5 → 2 → 3; q=0.95 → 3.8 → 4.8.
// 20 bins of width (5 − 1) / 20 = 0.2 from 1: v lands in (v − 1) / 0.2 → 1→0, 2→5, 3→10, 4→15, 5→19 (last, closed).
const X = numerical([4, 1, Number.NaN, 3, 2, 5]);
const X_COUNTS = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1];

describe("featureInReference, numerical", () => {
  // percentile = 100 × (reference values ≤ value) / 5.
  it.each([
    { value: 2.5, percentile: 40, flag: null },
    { value: 3, percentile: 60, flag: null },
    { value: 1, percentile: 20, flag: null },
    { value: 5, percentile: 100, flag: null },
    { value: 0, percentile: 0, flag: "outOfRange" },
    { value: 6, percentile: 100, flag: "outOfRange" },
    { value: null, percentile: null, flag: "missing" },
  ])("x = $value → percentile $percentile, flag $flag", ({ value, percentile, flag }) => {
    const placed = featureInReference("x", value, X);
    expect(placed.flag?.kind ?? null).toBe(flag);
    if (placed.flag) expect(placed.flag.feature).toBe("x");
    const context = placed.reference && "numerical" in placed.reference ? placed.reference.numerical : null;
    expect(context).not.toBeNull();
    expect(context?.percentile).toBe(percentile);
    expect(context).toMatchObject({ min: 1, max: 5, p50: 3 });
    expect(context?.p05).toBeCloseTo(1.2, 12);
    expect(context?.p95).toBeCloseTo(4.8, 12);
    expect(context?.histogram.counts).toEqual(X_COUNTS);
    expect(context?.histogram.edges).toHaveLength(21);
    for (const [i, edge] of (context?.histogram.edges ?? []).entries())
      expect(edge).toBeCloseTo(1 + 0.2 * i, 12);
  });

  it.each([
    { value: 0, message: "x = 0 is outside the reference's range [1, 5]" },
    { value: null, message: "x is missing" },
  ])("names the feature and the range: $message", ({ value, message }) => {
    expect(featureInReference("x", value, X).flag?.message).toBe(message);
  });
});

describe("featureInReference, categorical", () => {
  // plan: a ×3, b ×3, c ×1, two missing, d in the dictionary but never used → 7 rows with a value.
  const PLAN = categorical(["b", "a", "c", "d"], [1, 0, 1, -1, 0, 2, 1, -1, 0]);
  const TOP = [
    { value: "a", share: 3 / 7 },
    { value: "b", share: 3 / 7 },
    { value: "c", share: 1 / 7 },
  ];
  it.each([
    { value: "a", share: 3 / 7, flag: null },
    { value: "c", share: 1 / 7, flag: null },
    { value: "d", share: 0, flag: "unseenCategory" },
    { value: "z", share: 0, flag: "unseenCategory" },
    { value: null, share: 0, flag: "missing" },
  ])("plan = $value → share $share, flag $flag", ({ value, share, flag }) => {
    const placed = featureInReference("plan", value, PLAN);
    expect(placed.reference).toEqual({ categorical: { share, top: TOP } });
    expect(placed.flag?.kind ?? null).toBe(flag);
  });

  it("names the unseen value", () => {
    expect(featureInReference("plan", "z", PLAN).flag).toEqual({
      feature: "plan",
      kind: "unseenCategory",
      message: "plan = 'z' never occurs in the reference",
    });
  });

  it("keeps the 10 most common of 12 values", () => {
    // c00 ×12, c01 ×11, …, c11 ×1: 78 rows; the top 10 are c00…c09 with share (12 − i) / 78.
    const categories = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, "0")}`);
    const codes = categories.flatMap((_, i) => new Array<number>(12 - i).fill(i));
    const placed = featureInReference("many", "c11", categorical(categories, codes));
    expect(placed.reference).toEqual({
      categorical: {
        share: 1 / 78,
        top: categories.slice(0, 10).map((value, i) => ({ value, share: (12 - i) / 78 })),
      },
    });
  });

  it("compares a number with the text of the categories", () => {
    const placed = featureInReference("code", 1, categorical(["1", "2"], [0, 0, 1, 0]));
    expect(placed).toEqual({
      reference: {
        categorical: {
          share: 3 / 4,
          top: [
            { value: "1", share: 3 / 4 },
            { value: "2", share: 1 / 4 },
          ],
        },
      },
      flag: null,
    });
  });
});

describe("featureInReference without a usable reference", () => {
  it.each([
    { case: "no column", value: 3, column: undefined, flag: null },
    { case: "no column, missing value", value: null, column: undefined, flag: "missing" },
    { case: "all values missing", value: 3, column: numerical([Number.NaN, Number.NaN]), flag: null },
    { case: "all categories missing", value: "a", column: categorical(["a"], [-1, -1]), flag: null },
  ])("$case → no reference, flag $flag", ({ value, column, flag }) => {
    const placed = featureInReference("f", value, column);
    expect(placed.reference).toBeNull();
    expect(placed.flag?.kind ?? null).toBe(flag);
  });
});

describe("equalWidthHistogram", () => {
  it.each([
    // numpy.histogram([7, 7, 7], bins=20): range [6.5, 7.5], width 0.05; 7 lands in (7 − 6.5) / 0.05 = bin 10.
    { values: [7, 7, 7], first: 6.5, last: 7.5, nonZero: { 10: 3 } },
    // [0, 10, 20]: width 1; 0 → bin 0, 10 → bin 10, 20 → the closed last bin 19.
    { values: [0, 10, 20], first: 0, last: 20, nonZero: { 0: 1, 10: 1, 19: 1 } },
    // [0, 0.1, 0.2, 0.3]: width 0.015; 0.1 / 0.015 = 6.67 → 6, 0.2 → 13.3 → 13, 0.3 → last bin 19.
    { values: [0, 0.1, 0.2, 0.3], first: 0, last: 0.3, nonZero: { 0: 1, 6: 1, 13: 1, 19: 1 } },
  ])("$values → $nonZero", ({ values, first, last, nonZero }) => {
    const { edges, counts } = equalWidthHistogram(Float64Array.from(values));
    expect(edges[0]).toBeCloseTo(first, 12);
    expect(edges[20]).toBe(last);
    const expected = new Array<number>(20).fill(0);
    for (const [bin, count] of Object.entries(nonZero)) expected[Number(bin)] = count;
    expect(counts).toEqual(expected);
  });
});
