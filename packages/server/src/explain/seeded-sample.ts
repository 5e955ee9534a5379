import { mulberry32 } from "../demo/mulberry32.js";
import { seededPermutation } from "../demo/seeded-shuffle.js";

/** Up to `size` of the indices 0…n−1 (all when n ≤ size), drawn without replacement, ascending; seeded. */
export function seededSample(n: number, size: number, seed: number): Int32Array {
  if (n <= size) return Int32Array.from({ length: n }, (_, i) => i);
  return seededPermutation(n, mulberry32(seed)).subarray(0, size).sort();
}

/** The indices whose flag is set, then a seeded sample of them. */
export function sampleWhere(flags: ArrayLike<boolean | number>, size: number, seed: number): Int32Array {
  const hits: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) hits.push(i);
  const picked = seededSample(hits.length, size, seed);
  return picked.map((k) => hits[k]!);
}
