/** numpy's `round(x, 5)`: scale, round half to even (rint), unscale. */
function round5(x: number): number {
  const scaled = x * 1e5;
  let r = Math.round(scaled);
  if (r - scaled === 0.5 && r % 2 !== 0) r -= 1;
  return r / 1e5;
}

/**
 * NannyML's `estimate_roc_auc`: rows ranked by the uncalibrated score (highest first), expected true positives
 * = cumulative Σ calibrated p and false positives = rank − that, both rounded to 5 decimals, normalised by their
 * totals and integrated by the trapezoidal rule. Null when either expected total is 0 or there are no rows.
 */
export function estimatedRocAuc(
  calibrated: Float64Array,
  uncalibrated: Float64Array,
  rows: Int32Array,
): number | null {
  const order = Array.from(rows).sort((a, b) => uncalibrated[b]! - uncalibrated[a]! || a - b);
  const n = order.length;
  const tps = new Float64Array(n + 1);
  const fps = new Float64Array(n + 1);
  let cumulative = 0;
  for (let k = 0; k < n; k++) {
    cumulative += calibrated[order[k]!]!;
    tps[k + 1] = round5(cumulative);
    fps[k + 1] = round5(1 + k - cumulative);
  }
  const tpTotal = tps[n]!;
  const fpTotal = fps[n]!;
  if (n === 0 || tpTotal === 0 || fpTotal === 0) return null;
  let area = 0;
  for (let k = 1; k <= n; k++) {
    const dx = fps[k]! / fpTotal - fps[k - 1]! / fpTotal;
    area += (dx * (tps[k]! / tpTotal + tps[k - 1]! / tpTotal)) / 2;
  }
  return area;
}
