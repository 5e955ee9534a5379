import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { andersonDrift, andersonKSamples } from "./anderson-ksamp.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("andersonKSamples matches scipy.stats.anderson_ksamp (midrank)", () => {
  it.each(golden.samples.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = andersonKSamples(f64(c.reference), f64(c.current));
    if (c.anderson === null) {
      expect(result).toBeNull();
      return;
    }
    expect(result).not.toBeNull();
    const { statistic, pValue } = c.anderson;
    expect(Math.abs(result!.statistic - statistic!)).toBeLessThanOrEqual(1e-9 * Math.abs(statistic!));
    // scipy fits its quadratic by SVD, this by QR: the interpolated p-values agree to rounding.
    expect(Math.abs(result!.pValue - pValue!)).toBeLessThanOrEqual(1e-12);
  });

  it.each([
    ["an empty sample", new Float64Array(0), Float64Array.of(1, 2, 3, 4)],
    ["three values in all", Float64Array.of(1, 2), Float64Array.of(3)],
    ["a single distinct value", Float64Array.of(2, 2, 2), Float64Array.of(2, 2)],
    ["NaN", Float64Array.of(1, 2, Number.NaN), Float64Array.of(3, 4)],
  ])("is null for %s", (_, x, y) => {
    expect(andersonKSamples(x, y)).toBeNull();
  });
});

describe("andersonDrift", () => {
  it.each(golden.samples.filter((c) => c.anderson !== null).map((c) => [c.name, c] as const))(
    "%s",
    (_, c) => {
      const result = andersonDrift(f64(c.reference), f64(c.current));
      expect(result.pValue).toBeCloseTo(c.anderson!.pValue!, 12);
      expect(result.drifted).toBe(c.anderson!.pValue! < 0.05);
    },
  );

  it("gives no drift and null values when undefined", () => {
    expect(andersonDrift(Float64Array.of(1, 1), Float64Array.of(1, 1))).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.05,
      drifted: false,
    });
  });
});
