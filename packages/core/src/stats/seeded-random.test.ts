import { describe, expect, it } from "vitest";
import { randomPermutation, seededRandom } from "./seeded-random.js";

describe("seededRandom", () => {
  it("repeats its stream for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });
});

describe("randomPermutation", () => {
  it.each([0, 1, 2, 17])("holds every index of %i once", (n) => {
    const order = randomPermutation(n, seededRandom(n));
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it("puts each value in each position about equally often", () => {
    const random = seededRandom(7);
    const counts = [0, 0, 0];
    for (let t = 0; t < 30_000; t++) counts[randomPermutation(3, random)[0]!]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });
});
