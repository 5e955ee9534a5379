/** A Fisher–Yates permutation of 0..n-1 drawn from `random`, so the same stream gives the same order. */
export function seededPermutation(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/**
 * `size` distinct indices drawn with probability proportional to `weights` (Efraimidis & Spirakis 2006: keep
 * the largest keys u^(1/w)), returned in ascending order.
 */
export function weightedSampleWithoutReplacement(
  weights: readonly number[],
  size: number,
  random: () => number,
): number[] {
  if (size > weights.length) throw new RangeError(`cannot draw ${size} of ${weights.length} items`);
  const keys = weights.map((w, i) => ({ i, key: w > 0 ? Math.log(random()) / w : Number.NEGATIVE_INFINITY }));
  keys.sort((a, b) => b.key - a.key || a.i - b.i);
  return keys
    .slice(0, size)
    .map((k) => k.i)
    .sort((a, b) => a - b);
}
