import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { klDrift } from "./kl-divergence.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("klDrift matches scipy.stats.entropy on Evidently-filled shares", () => {
  it.each(golden.shares.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const expected = c.kl!;
    const result = klDrift(f64(c.reference), f64(c.current));
    expect(Math.abs(result.statistic! - expected)).toBeLessThanOrEqual(1e-12 * expected + 1e-15);
    expect(result.pValue).toBeNull();
    expect(result.drifted).toBe(expected >= 0.1);
  });
});

describe("klDrift edge cases", () => {
  it("stays finite when the current side lacks a bin (the zero fill)", () => {
    const result = klDrift(Float64Array.of(0.5, 0.5), Float64Array.of(1, 0));
    // Filled current side [1, 0.0001], renormalised: ln(1.0001) · ½ + ½ ln(0.5 · 1.0001 / 0.0001).
    const q = [1 / 1.0001, 0.0001 / 1.0001];
    expect(result.statistic).toBeCloseTo(0.5 * Math.log(0.5 / q[0]!) + 0.5 * Math.log(0.5 / q[1]!), 12);
    expect(result.drifted).toBe(true);
  });

  it("is null for empty shares", () => {
    expect(klDrift(new Float64Array(0), new Float64Array(0)).statistic).toBeNull();
  });
});
