import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { hellingerDrift } from "./hellinger.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("hellingerDrift matches Evidently's √(1 − Σ√(ref·cur))", () => {
  it.each(golden.shares.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const expected = c.hellinger!;
    const result = hellingerDrift(f64(c.reference), f64(c.current));
    expect(Math.abs(result.statistic! - expected)).toBeLessThanOrEqual(1e-9 * expected + 1e-15);
    expect(result.pValue).toBeNull();
    expect(result.drifted).toBe(expected >= 0.1);
  });
});

describe("hellingerDrift bounds", () => {
  it.each([
    ["identical", [0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, 0.4], 0],
    ["disjoint", [1, 0], [0, 1], 1],
  ])("%s → %d", (_, reference, current, expected) => {
    expect(hellingerDrift(Float64Array.from(reference), Float64Array.from(current)).statistic).toBe(expected);
  });

  it("is null for empty shares", () => {
    expect(hellingerDrift(new Float64Array(0), new Float64Array(0)).statistic).toBeNull();
  });
});
