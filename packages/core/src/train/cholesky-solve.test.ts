import { describe, expect, it } from "vitest";
import { choleskySolve } from "./cholesky-solve.js";

describe("choleskySolve", () => {
  it("solves a symmetric positive-definite system", () => {
    // A = [[4, 2, 0.6], [2, 2, 0.5], [0.6, 0.5, 3]], x = [1, -2, 0.5] → b = A x.
    const a = Float64Array.of(4, 2, 0.6, 2, 2, 0.5, 0.6, 0.5, 3);
    const b = Float64Array.of(4 - 4 + 0.3, 2 - 4 + 0.25, 0.6 - 1 + 1.5);
    const x = choleskySolve(a, 3, b);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(-2, 12);
    expect(x[2]).toBeCloseTo(0.5, 12);
  });

  it("throws on a matrix that is not positive definite or not n × n", () => {
    expect(() => choleskySolve(Float64Array.of(1, 2, 2, 1), 2, Float64Array.of(1, 1))).toThrow(RangeError);
    expect(() => choleskySolve(Float64Array.of(1, 0, 0), 2, Float64Array.of(1, 1))).toThrow(RangeError);
  });
});
