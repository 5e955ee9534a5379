/**
 * NannyML's bin boundaries (`_get_bin_index_edges`): edges every ⌊n / bins⌋ rows with the last edge moved to n, so
 * there can be more than `bins` bins; `bins` drops to ⌊n / 2⌋ when n ≤ 2·bins. Null when fewer than 2 bins fit.
 */
export function equalCountBinEdges(n: number, bins: number): Int32Array | null {
  const count = n <= 2 * bins ? Math.floor(n / 2) : bins;
  if (count < 2) return null;
  const width = Math.floor(n / count);
  const edges: number[] = [];
  for (let e = 0; e <= n; e += width) edges.push(e);
  edges[edges.length - 1] = n;
  return Int32Array.from(edges);
}

/**
 * NannyML's expected calibration error (`_calculate_expected_calibration_error`): rows sorted by probability
 * (stably; numpy's quicksort may order tied probabilities differently), cut into equal-count bins, and
 * Σ_b n_b/n · |mean p − mean y| over the bins. Null when fewer than 4 rows.
 */
export function equalCountCalibrationError(
  labels: Float64Array,
  probabilities: Float64Array,
  bins = 10,
): number | null {
  const n = probabilities.length;
  const edges = equalCountBinEdges(n, bins);
  if (edges === null) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => probabilities[a]! - probabilities[b]! || a - b,
  );
  let total = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const lo = edges[b]!;
    const hi = edges[b + 1]!;
    let sumP = 0;
    let sumY = 0;
    for (let k = lo; k < hi; k++) {
      sumP += probabilities[order[k]!]!;
      sumY += labels[order[k]!]!;
    }
    total += ((hi - lo) / n) * Math.abs(sumP / (hi - lo) - sumY / (hi - lo));
  }
  return total;
}
