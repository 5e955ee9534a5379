import { describe, expect, it } from "vitest";
import golden from "../../golden/cbpe.json" with { type: "json" };
import { isotonicRegression } from "./isotonic-regression.js";

const f64 = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => v ?? Number.NaN);

describe("isotonicRegression matches scikit-learn 1.2.1 IsotonicRegression(out_of_bounds='clip')", () => {
  it.each(golden.isotonic.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const fit = isotonicRegression(f64(c.x), f64(c.y), c.weights ? f64(c.weights) : undefined);
    expect(Array.from(fit.x)).toEqual(c.thresholdsX);
    expect(Array.from(fit.y)).toEqual(c.thresholdsY);
    expect(Array.from(fit.predict(f64(c.probes)))).toEqual(c.predictions);
  });

  it("skips NaN rows, keeps NaN probes as NaN and rejects empty input", () => {
    const fit = isotonicRegression(f64([0.1, null, 0.3]), f64([0, 1, 1]));
    expect(Array.from(fit.x)).toEqual([0.1, 0.3]);
    expect(Number.isNaN(fit.predict(f64([null]))[0])).toBe(true);
    expect(() => isotonicRegression(f64([null]), f64([1]))).toThrow(RangeError);
  });
});
