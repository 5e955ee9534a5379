import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { besselKScaled } from "./bessel-k.js";

describe("besselKScaled matches scipy.special.kve", () => {
  it.each(golden.besselKScaled.map((c) => [c.nu, c.x, c.scaled] as const))(
    "ν = %d, x = %d",
    (nu, x, scaled) => {
      // scipy's AMOS routine itself is off by up to ~7e-14 near x = 2; elsewhere both agree to ~1e-15.
      expect(Math.abs(besselKScaled(nu, x) - scaled!)).toBeLessThanOrEqual(1e-13 * scaled!);
    },
  );

  it.each([0, -1, Number.NaN])("is NaN at x = %d", (x) => {
    expect(besselKScaled(0.25, x)).toBeNaN();
  });

  it("K_½(x) = √(π / 2x) e^(−x) in closed form", () => {
    for (const x of [0.01, 0.7, 3, 40, 900]) {
      const exact = Math.sqrt(Math.PI / (2 * x));
      expect(Math.abs(besselKScaled(0.5, x) - exact)).toBeLessThanOrEqual(2e-15 * exact);
    }
  });
});
