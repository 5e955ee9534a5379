import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { cramerVonMises, cramerVonMisesDrift } from "./cramer-von-mises.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("cramerVonMises matches scipy.stats.cramervonmises_2samp (method auto)", () => {
  it.each(golden.samples.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = cramerVonMises(f64(c.reference), f64(c.current));
    if (c.cramerVonMises === null) {
      expect(result).toBeNull();
      return;
    }
    const { statistic, pValue } = c.cramerVonMises;
    expect(Math.abs(result!.statistic - statistic!)).toBeLessThanOrEqual(1e-9 * Math.abs(statistic!) + 1e-14);
    expect(Math.abs(result!.pValue - pValue!)).toBeLessThanOrEqual(1e-12 + 1e-9 * pValue!);
  });

  it.each([
    ["one value", Float64Array.of(1), Float64Array.of(2, 3)],
    ["NaN", Float64Array.of(1, Number.NaN), Float64Array.of(2, 3)],
  ])("is null with %s", (_, x, y) => {
    expect(cramerVonMises(x, y)).toBeNull();
  });
});

describe("cramerVonMisesDrift", () => {
  it.each(golden.samples.filter((c) => c.cramerVonMises !== null).map((c) => [c.name, c] as const))(
    "%s",
    (_, c) => {
      const result = cramerVonMisesDrift(f64(c.reference), f64(c.current));
      expect(result.threshold).toBe(0.05);
      expect(result.drifted).toBe(c.cramerVonMises!.pValue! < 0.05);
    },
  );

  it("is null for samples too small to test", () => {
    expect(cramerVonMisesDrift(Float64Array.of(1), Float64Array.of(1, 2))).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.05,
      drifted: false,
    });
  });
});
