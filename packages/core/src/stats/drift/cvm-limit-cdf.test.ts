import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { cvmLimitCdf } from "./cvm-limit-cdf.js";

describe("cvmLimitCdf matches scipy's _cdf_cvm_inf", () => {
  it.each(golden.cvmLimitCdf.map((c) => [c.x, c.cdf] as const))("x = %d", (x, cdf) => {
    // Same series, same cut-off; scipy's own K_¼ is good to ~1e-13.
    expect(Math.abs(cvmLimitCdf(x) - cdf!)).toBeLessThanOrEqual(1e-13 + 1e-12 * cdf!);
  });

  it("is 0 at and below 0", () => {
    expect(cvmLimitCdf(0)).toBe(0);
    expect(cvmLimitCdf(-1)).toBe(0);
  });
});
