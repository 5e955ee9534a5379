import { describe, expect, it } from "vitest";
import { seededRandom } from "../stats/seeded-random.js";
import { planCoalitions } from "./coalition-plan.js";
import { shapleyKernelWeight } from "./shapley-kernel-weight.js";

const sizeOf = (masks: Uint8Array, m: number, c: number) =>
  masks.subarray(c * m, (c + 1) * m).reduce((s, v) => s + v, 0);

describe("planCoalitions", () => {
  it.each([2, 3, 4, 7])("enumerates all 2^%i − 2 coalitions at their Shapley kernel weight", (m) => {
    const plan = planCoalitions(m, 2 ** m - 2, seededRandom(0));
    expect(plan.count).toBe(2 ** m - 2);
    expect(plan.complete).toBe(true);
    const keys = new Set<string>();
    let total = 0;
    for (let s = 1; s < m; s++) total += shapleyKernelWeight(m, s) * Math.round(comb(m, s));
    for (let c = 0; c < plan.count; c++) {
      keys.add(plan.masks.subarray(c * m, (c + 1) * m).join(""));
      const s = sizeOf(plan.masks, m, c);
      expect(plan.weights[c]!).toBeCloseTo(shapleyKernelWeight(m, s) / total, 14);
    }
    expect(keys.size).toBe(2 ** m - 2);
  });

  it("enumerates edge sizes, samples the rest in complementary pairs, and is deterministic per seed", () => {
    const m = 12;
    const plan = planCoalitions(m, 2 * m + 2048, seededRandom(9));
    expect(plan.count).toBe(2 * m + 2048);
    expect(plan.complete).toBe(false);
    expect(plan.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Sizes 1–3 and 9–11 (2·(12 + 66 + 220) = 596 coalitions) fit the budget whole; sizes 4–8 are sampled.
    const sampled = [4, 5, 6, 7, 8];
    const sizes = Array.from({ length: plan.count }, (_, c) => sizeOf(plan.masks, m, c));
    expect(sizes.slice(0, 596).some((s) => sampled.includes(s))).toBe(false);
    expect(sizes.slice(596).every((s) => sampled.includes(s))).toBe(true);
    const keys = new Set<string>();
    for (let c = 0; c < plan.count; c++) keys.add(plan.masks.subarray(c * m, (c + 1) * m).join(""));
    expect(keys.size).toBe(plan.count);
    // A drawn size below m/2 is followed by its complement (sizes 8 and 7 are only ever complements).
    for (let c = 596; c + 1 < plan.count; c++) {
      if (sizes[c]! > 5 || sizes[c]! < 4) continue;
      const complement = plan.masks.subarray(c * m, (c + 1) * m).map((v) => 1 - v);
      expect(plan.masks.subarray((c + 1) * m, (c + 2) * m)).toEqual(complement);
      expect(plan.weights[c + 1]).toBe(plan.weights[c]);
    }
    expect(planCoalitions(m, 2 * m + 2048, seededRandom(9))).toEqual(plan);
    expect(planCoalitions(m, 2 * m + 2048, seededRandom(10)).masks).not.toEqual(plan.masks);
  });

  it("samples from size 1 when the budget is below the edge sizes, repeats adding weight", () => {
    const plan = planCoalitions(6, 5, seededRandom(1));
    expect(plan.count).toBe(5);
    expect(plan.complete).toBe(false);
    expect(plan.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

function comb(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
