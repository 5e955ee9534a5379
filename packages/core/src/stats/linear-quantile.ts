/**
 * numpy.quantile's default "linear" method (Hyndman–Fan 7) at probability q of an ascending, non-empty array,
 * with numpy's two-sided interpolation (from the upper neighbour when the fraction is at least ½).
 */
export function linearQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const index = (n - 1) * q;
  if (index >= n - 1) return sorted[n - 1]!;
  const below = Math.floor(index);
  const a = sorted[below]!;
  const b = sorted[below + 1]!;
  const t = index - below;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
