import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32.js";
import { seededPermutation, weightedSampleWithoutReplacement } from "./seeded-shuffle.js";

describe("mulberry32", () => {
  it("is a deterministic stream of uniforms in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(values).toEqual(Array.from({ length: 10_000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe("seededPermutation", () => {
  it("permutes 0..n-1, the same way for the same stream", () => {
    const p = seededPermutation(100, mulberry32(1));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(p).toEqual(seededPermutation(100, mulberry32(1)));
    expect(p).not.toEqual(seededPermutation(100, mulberry32(2)));
  });
});

describe("weightedSampleWithoutReplacement", () => {
  it("draws distinct indices in ascending order, favouring heavy weights", () => {
    const weights = Array.from({ length: 1000 }, (_, i) => (i < 500 ? 4 : 1));
    const picked = weightedSampleWithoutReplacement(weights, 300, mulberry32(3));
    expect(new Set(picked).size).toBe(300);
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
    const heavy = picked.filter((i) => i < 500).length;
    expect(heavy / 300).toBeGreaterThan(0.7);
  });

  it("never draws a zero weight and refuses to draw more than there are", () => {
    expect(weightedSampleWithoutReplacement([0, 1, 0, 1], 2, mulberry32(1))).toEqual([1, 3]);
    expect(() => weightedSampleWithoutReplacement([1], 2, mulberry32(1))).toThrow(RangeError);
  });
});
