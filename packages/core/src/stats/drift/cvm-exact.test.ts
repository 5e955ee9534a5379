import { describe, expect, it } from "vitest";
import golden from "../../../golden/drift-distances.json" with { type: "json" };
import { cvmExactPValue } from "./cvm-exact.js";

describe("cvmExactPValue matches scipy's _pval_cvm_2samp_exact", () => {
  it.each(golden.cvmExact.map((c) => [`m=${c.m} n=${c.n} U=${c.u}`, c] as const))("%s", (_, c) => {
    // Both count lattice paths exactly and divide once, so the values are identical.
    expect(cvmExactPValue(c.u!, c.m, c.n)).toBe(c.pValue);
  });
});
