import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { energyDistance, energyDrift } from "./energy-distance.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("energyDistance matches scipy.stats.energy_distance", () => {
  it.each(golden.samples.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const actual = energyDistance(f64(c.reference), f64(c.current));
    expect(Math.abs(actual - c.energy!)).toBeLessThanOrEqual(1e-9 * c.energy! + 1e-15);
  });
});

describe("energyDrift", () => {
  it.each(golden.samples.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = energyDrift(f64(c.reference), f64(c.current), 0.25);
    expect(result.pValue).toBeNull();
    expect(result.drifted).toBe(c.energy! >= 0.25);
  });

  it("is null for an empty sample", () => {
    expect(energyDrift(new Float64Array(0), Float64Array.of(1))).toEqual({
      statistic: null,
      pValue: null,
      threshold: 0.1,
      drifted: false,
    });
  });
});
