import { describe, expect, it } from "vitest";
import { equalSizesTailProbability, pathCountingTailProbability } from "./ks-exact.js";

/** P(D ≥ h/lcm) by brute force over all C(m+n, m) interleavings, for tiny samples. */
function bruteForce(m: number, n: number, h: number): number {
  const lcm = (m * n) / gcd(m, n);
  let total = 0;
  let outside = 0;
  const walk = (x: number, y: number, reached: boolean): void => {
    const now = reached || Math.abs(x * (lcm / m) - y * (lcm / n)) >= h;
    if (x === m && y === n) {
      total++;
      if (now) outside++;
      return;
    }
    if (x < m) walk(x + 1, y, now);
    if (y < n) walk(x, y + 1, now);
  };
  walk(0, 0, false);
  return outside / total;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

describe("exact two-sample KS tail probabilities", () => {
  it.each([
    [4, 4, 2],
    [5, 5, 3],
    [6, 6, 4],
    [7, 7, 7],
  ])("equal sizes %s and %s, h = %s, agree with brute force", (m, n, h) => {
    expect(equalSizesTailProbability(m, h)).toBeCloseTo(bruteForce(m, n, h), 14);
  });

  it.each([
    [3, 5, 6],
    [4, 6, 4],
    [5, 7, 20],
    [6, 9, 9],
    [7, 3, 14],
    [2, 8, 8],
  ])("sizes %s and %s, h = %s, agree with brute force", (m, n, h) => {
    expect(pathCountingTailProbability(m, n, gcd(m, n), h)).toBeCloseTo(bruteForce(m, n, h), 14);
  });

  it("rounds just above 1 where scipy's does, which sends scipy to the asymptotic p-value", () => {
    expect(equalSizesTailProbability(5, 1)).toBe(1.0000000000000002);
    expect(equalSizesTailProbability(30, 1)).toBe(1.0000000000000004);
    expect(equalSizesTailProbability(60, 2)).toBeGreaterThan(1);
  });
});
