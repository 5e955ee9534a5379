import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { psiDrift } from "./psi.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("psiDrift matches PSI as Evidently computes it (numpy)", () => {
  it.each(golden.shares.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const expected = c.psi!;
    const result = psiDrift(f64(c.reference), f64(c.current));
    expect(Math.abs(result.statistic! - expected)).toBeLessThanOrEqual(1e-12 * expected + 1e-15);
    expect(result.pValue).toBeNull();
    expect(result.drifted).toBe(expected >= 0.1);
  });
});

describe("psiDrift edge cases", () => {
  it.each([
    ["no bins", [], []],
    ["an all-zero side", [0, 0], [0.5, 0.5]],
    ["NaN share", [Number.NaN, 1], [0.5, 0.5]],
  ])("%s gives a null statistic", (_, reference, current) => {
    expect(psiDrift(Float64Array.from(reference), Float64Array.from(current), 0.2)).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.2,
      drifted: false,
    });
  });

  it("throws on shares that are not aligned", () => {
    expect(() => psiDrift(Float64Array.of(1), Float64Array.of(0.5, 0.5))).toThrow(RangeError);
  });
});
