import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { jensenShannonDrift } from "./jensen-shannon.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("jensenShannonDrift matches scipy.spatial.distance.jensenshannon", () => {
  it.each(golden.shares.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const expected = c.jensenShannon!;
    const result = jensenShannonDrift(f64(c.reference), f64(c.current));
    expect(Math.abs(result.statistic! - expected)).toBeLessThanOrEqual(1e-12 * expected + 1e-15);
    expect(result.pValue).toBeNull();
    expect(result.drifted).toBe(expected >= 0.1);
  });
});

describe("jensenShannonDrift bounds", () => {
  it("is 0 for identical shares and √ln 2 for disjoint ones", () => {
    expect(jensenShannonDrift(Float64Array.of(0.3, 0.7), Float64Array.of(0.3, 0.7)).statistic).toBe(0);
    const disjoint = jensenShannonDrift(Float64Array.of(1, 0), Float64Array.of(0, 1)).statistic!;
    expect(Math.abs(disjoint - Math.sqrt(Math.LN2))).toBeLessThanOrEqual(1e-15);
  });

  it("is null when a side has nothing", () => {
    expect(jensenShannonDrift(Float64Array.of(0, 0), Float64Array.of(0, 1)).statistic).toBeNull();
  });
});
