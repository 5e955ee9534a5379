import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { normalCdf, normalSf } from "./normal.js";

describe("normalSf matches scipy.stats.norm.sf", () => {
  // cephes rounds z²/2 before exp, so in the tails scipy itself drifts by up to z²·1e-16 (1e-13 at z = 37).
  it.each(golden.special.normSf)("sf(%s)", (z, expected) => {
    const tolerance = Math.abs(z!) > 5 ? 1e-12 : 1e-14;
    expect(Math.abs(normalSf(z!) - expected!)).toBeLessThanOrEqual(tolerance * expected!);
  });

  it("is the mirror image of the CDF", () => {
    for (const z of [-5, -1.96, 0, 0.5, 3]) expect(normalCdf(z)).toBe(normalSf(-z));
  });

  it("handles the infinities and NaN", () => {
    expect(normalSf(Number.POSITIVE_INFINITY)).toBe(0);
    expect(normalSf(Number.NEGATIVE_INFINITY)).toBe(1);
    expect(normalSf(Number.NaN)).toBeNaN();
  });
});
