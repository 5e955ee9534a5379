import { describe, expect, it } from "vitest";
import { solveSymmetric } from "./symmetric-solve.js";

describe("solveSymmetric", () => {
  it("solves a positive-definite system", () => {
    const a = Float64Array.of(4, 1, 0, 1, 3, 1, 0, 1, 2);
    const x = solveSymmetric(a, 3, Float64Array.of(1, 2, 3));
    // numpy.linalg.solve([[4,1,0],[1,3,1],[0,1,2]], [1,2,3]) = [2/9, 1/9, 13/9]
    for (const [i, v] of [2 / 9, 1 / 9, 13 / 9].entries()) expect(x[i]!).toBeCloseTo(v, 12);
  });

  it("gives the minimum-norm least-squares answer of a singular system", () => {
    // Rank one: [[1,1],[1,1]] x = [2,2] has the solutions x0 + x1 = 2, the shortest being [1, 1].
    const x = solveSymmetric(Float64Array.of(1, 1, 1, 1), 2, Float64Array.of(2, 2));
    expect(x[0]!).toBeCloseTo(1, 10);
    expect(x[1]!).toBeCloseTo(1, 10);
    // A zero row and column: the free coordinate stays 0.
    const y = solveSymmetric(Float64Array.of(2, 0, 0, 0), 2, Float64Array.of(4, 0));
    expect(Array.from(y)).toEqual([2, 0]);
  });
});
