/**
 * Error-free transformations of doubles (Knuth's two-sum, Dekker's split product): each returns the rounded result's
 * exact error, so a pair (hi, lo) carries about 106 bits. JavaScript has no fused multiply-add, hence the split.
 */

/** 2^27 + 1: splits a double into two halves of at most 26 significant bits each. */
const SPLITTER = 134217729;

/** The error of the rounded sum `s = a + b`, so that a + b = s + error exactly. */
export function twoSumError(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/** The error of the rounded product `p = a · b`, so that a · b = p + error exactly (no overflow assumed). */
export function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
}
