import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-tests.json" with { type: "json" };
import { smirnovSf } from "./smirnov.js";

describe("smirnovSf matches scipy.special.smirnov", () => {
  it.each(golden.special.smirnov)("n = %s, x = %s", (n, x, expected) => {
    expect(expected).not.toBeNull();
    expect(Math.abs(smirnovSf(n!, x!) - expected!)).toBeLessThanOrEqual(1e-12 * expected! + 1e-300);
  });

  it("is NaN outside 0 ≤ x ≤ 1 or for a non-integer n", () => {
    expect(smirnovSf(5, -0.1)).toBeNaN();
    expect(smirnovSf(5, 1.1)).toBeNaN();
    expect(smirnovSf(2.5, 0.3)).toBeNaN();
  });
});
