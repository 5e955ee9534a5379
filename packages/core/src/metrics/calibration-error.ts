const BINS = 10;
/** Inner bin edges as numpy.linspace(0, 1, 11)[1:-1] computes them (i · 0.1, so the third is 0.30000000000000004). */
const EDGES = Array.from({ length: BINS - 1 }, (_, i) => (i + 1) * 0.1);

/** The bin of p: how many inner edges lie strictly below it (numpy.searchsorted side="left"), so bins are (eᵢ, eᵢ₊₁]. */
function binOf(p: number): number {
  let b = Math.min(BINS - 1, Math.max(0, Math.ceil(p * BINS) - 1));
  while (b > 0 && p <= EDGES[b - 1]!) b--;
  while (b < BINS - 1 && p > EDGES[b]!) b++;
  return b;
}

/**
 * Expected calibration error over 10 equal-width bins of [0, 1]: Σ_b (n_b / n) · |mean(outcome) − mean(confidence)|.
 * Bins are (i/10, (i+1)/10] with 0 in the first (sklearn.calibration.calibration_curve's rule). `outcome` is 1/0
 * (positive class, or top label correct); null without rows or when a confidence lies outside [0, 1].
 */
export function expectedCalibrationError(outcome: Uint8Array, confidence: Float64Array): number | null {
  const n = confidence.length;
  if (n === 0) return null;
  const counts = new Float64Array(BINS);
  const outcomes = new Float64Array(BINS);
  const confidences = new Float64Array(BINS);
  for (let i = 0; i < n; i++) {
    const p = confidence[i]!;
    if (!(p >= 0 && p <= 1)) return null;
    const b = binOf(p);
    counts[b]!++;
    outcomes[b]! += outcome[i]!;
    confidences[b]! += p;
  }
  let ece = 0;
  for (let b = 0; b < BINS; b++) {
    const c = counts[b]!;
    if (c > 0) ece += (c / n) * Math.abs(outcomes[b]! / c - confidences[b]! / c);
  }
  return ece;
}
