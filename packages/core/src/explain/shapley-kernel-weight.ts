/** C(n, k) in floating point, exact for every n this code meets (the product stays below 2^53 up to n ≈ 60). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const r = Math.min(k, n - k);
  let out = 1;
  for (let i = 1; i <= r; i++) out = (out * (n - r + i)) / i;
  return Math.round(out);
}

/** The Shapley kernel π(s) = (M − 1) / (C(M, s) · s · (M − s)) of one coalition of size 0 < s < M (Lundberg & Lee 2017). */
export function shapleyKernelWeight(m: number, s: number): number {
  return (m - 1) / (binomial(m, s) * s * (m - s));
}

/**
 * The kernel mass of each size class, for sizes 1…⌈(M−1)/2⌉, normalised to sum 1, where a size s < M/2 also
 * carries its complement size M − s (shap's KernelExplainer `weight_vector`).
 */
export function subsetSizeWeights(m: number): Float64Array {
  const sizes = Math.ceil((m - 1) / 2);
  const paired = Math.floor((m - 1) / 2);
  const out = new Float64Array(sizes);
  let total = 0;
  for (let s = 1; s <= sizes; s++) {
    out[s - 1] = ((m - 1) / (s * (m - s))) * (s <= paired ? 2 : 1);
    total += out[s - 1]!;
  }
  for (let i = 0; i < sizes; i++) out[i]! /= total;
  return out;
}
