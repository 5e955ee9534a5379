import { describe, expect, it } from "vitest";
import type { FeatureRow } from "../importance/predict-rows.js";
import type { Background } from "./background.js";
import { exactShapley } from "./exact-shapley.js";
import { randomBackground, sumOf } from "./explain.test-support.js";

/** v(S) of a row-wise f, straight from the definition. */
function value(f: (row: FeatureRow) => number, x: FeatureRow, bg: Background, inS: (j: number) => boolean) {
  return bg.rows.reduce((s, row, b) => s + bg.weights[b]! * f(row.map((v, j) => (inS(j) ? x[j]! : v))), 0);
}

/** Shapley values as the mean marginal contribution over all M! orderings: a formula independent of subsets. */
function byPermutations(f: (row: FeatureRow) => number, x: FeatureRow, bg: Background): Float64Array {
  const m = x.length;
  const phi = new Float64Array(m);
  let orderings = 0;
  const walk = (order: number[]) => {
    if (order.length === m) {
      orderings++;
      const inS = new Set<number>();
      let before = value(f, x, bg, (j) => inS.has(j));
      for (const j of order) {
        inS.add(j);
        const after = value(f, x, bg, (i) => inS.has(i));
        phi[j]! += after - before;
        before = after;
      }
      return;
    }
    for (let j = 0; j < m; j++) if (!order.includes(j)) walk([...order, j]);
  };
  walk([]);
  return phi.map((p) => p / orderings);
}

describe("exactShapley", () => {
  it("splits a product of two features as the closed form says (one background row)", async () => {
    const [x0, x1, b0, b1] = [3, -2, 0.5, 4];
    const e = await exactShapley({
      instance: [x0, x1],
      background: { rows: [[b0, b1]], weights: Float64Array.of(1) },
      predict: (rows) => Float64Array.from(rows, (r) => (r[0] as number) * (r[1] as number)),
    });
    // φ0 = ½(x0·b1 − b0·b1) + ½(x0·x1 − b0·x1), and symmetrically for φ1.
    expect(e.values[0]).toBeCloseTo(0.5 * (x0 * b1 - b0 * b1) + 0.5 * (x0 * x1 - b0 * x1), 12);
    expect(e.values[1]).toBeCloseTo(0.5 * (b0 * x1 - b0 * b1) + 0.5 * (x0 * x1 - x0 * b1), 12);
    expect(e).toMatchObject({ expectedValue: b0 * b1, output: x0 * x1, exact: true, evaluations: 4 });
  });

  it("agrees with the average over all orderings on a model with interactions and a category", async () => {
    const f = (r: FeatureRow) =>
      (r[0] as number) * (r[1] as number) +
      Math.exp(0.3 * (r[2] as number)) * (r[4] === "b" ? 2 : 1) +
      ((r[3] as number) > 0 ? 1 : 0);
    const background = randomBackground(5, 7, 3, true);
    const instance: FeatureRow = [0.4, -1.2, 1.5, 0.2, "b"];
    const e = await exactShapley({
      instance,
      background,
      predict: async (rows) => Float64Array.from(rows, f),
    });
    const expected = byPermutations(f, instance, background);
    for (let j = 0; j < 5; j++) expect(e.values[j]!).toBeCloseTo(expected[j]!, 12);
    expect(sumOf(e.values)).toBeCloseTo(e.output - e.expectedValue, 12);
  });

  it("refuses more than 16 features", async () => {
    const instance = new Array<number>(17).fill(0);
    await expect(
      exactShapley({
        instance,
        background: { rows: [instance], weights: Float64Array.of(1) },
        predict: (rows) => new Float64Array(rows.length),
      }),
    ).rejects.toThrow(RangeError);
  });
});
