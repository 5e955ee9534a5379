/**
 * Benjamini–Hochberg adjusted p-values (statsmodels' multipletests(method="fdr_bh"), scipy's
 * false_discovery_control): p_(i)·m/i, made monotone from the largest down, capped at 1. NaN stays NaN and is not
 * counted in m.
 */
export function benjaminiHochberg(pValues: Float64Array): Float64Array {
  const order = Array.from({ length: pValues.length }, (_, i) => i).filter((i) => !Number.isNaN(pValues[i]!));
  order.sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  const m = order.length;
  const adjusted = new Float64Array(pValues.length).fill(Number.NaN);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k]!;
    running = Math.min(running, (pValues[i]! * m) / (k + 1));
    adjusted[i] = running;
  }
  return adjusted;
}
