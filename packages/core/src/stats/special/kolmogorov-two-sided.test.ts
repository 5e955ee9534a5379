import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { kolmogorovSf } from "./kolmogorov-two-sided.js";

describe("kolmogorovSf matches scipy.stats.kstwo.sf", () => {
  // 1 − CDF near p ~ 1e-3 (Pomeranz, Durbin) loses what the CDF's last bits carry, in scipy as here.
  it.each(golden.special.kstwoSf)("n = %s, x = %s", (n, x, expected) => {
    expect(expected).not.toBeNull();
    expect(Math.abs(kolmogorovSf(n!, x!) - expected!)).toBeLessThanOrEqual(1e-11 * expected! + 1e-15);
  });

  it("is NaN unless n is a positive integer", () => {
    expect(kolmogorovSf(0, 0.5)).toBeNaN();
    expect(kolmogorovSf(2.5, 0.5)).toBeNaN();
    expect(kolmogorovSf(10, Number.NaN)).toBeNaN();
  });
});
