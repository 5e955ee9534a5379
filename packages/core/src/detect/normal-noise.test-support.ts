/**
 * Deterministic standard normal noise for tests: a 32-bit linear congruential generator (Numerical Recipes'
 * constants) feeding the Box–Muller transform, both outputs of each pair used.
 */
export function normalNoise(count: number, seed: number): Float64Array {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    out[i] = radius * Math.cos(angle);
    if (i + 1 < count) out[i + 1] = radius * Math.sin(angle);
  }
  return out;
}

/** `mean + sd · noise` as a plain array, the shape detectors take. */
export function noisySeries(count: number, seed: number, mean = 0, sd = 1): number[] {
  return Array.from(normalNoise(count, seed), (z) => mean + sd * z);
}
