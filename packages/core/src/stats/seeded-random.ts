/** Mulberry32 (Tommy Ettinger's 32-bit generator): a seeded, deterministic stream of uniforms in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform random permutation of 0..n-1 by Fisher–Yates, drawing from i = n-1 down to 1. */
export function randomPermutation(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = order[i]!;
    order[i] = order[j]!;
    order[j] = held;
  }
  return order;
}

/** Moves a uniform random `size`-subset of `order` to its front by a partial Fisher–Yates shuffle, in place. */
export function shuffleFront(order: Int32Array, size: number, random: () => number): void {
  const n = order.length;
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const held = order[i]!;
    order[i] = order[j]!;
    order[j] = held;
  }
}
