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

/** One bin of the reliability diagram: the scores in (lower, upper], their mean, and how often the outcome was 1. */
export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanConfidence: number;
  readonly fractionPositive: number;
}

/**
 * The reliability diagram over 10 equal-width bins of [0, 1], empty bins left out: sklearn.calibration
 * .calibration_curve(outcome, confidence, n_bins=10) with each bin's count. Bins are (i/10, (i+1)/10] with 0 in the
 * first. `outcome` is 1/0 (positive class, or top label correct); null without rows or when a confidence lies
 * outside [0, 1].
 */
export function calibrationCurve(outcome: Uint8Array, confidence: Float64Array): CalibrationBin[] | null {
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
  const bins: CalibrationBin[] = [];
  for (let b = 0; b < BINS; b++) {
    const c = counts[b]!;
    if (c === 0) continue;
    bins.push({
      lower: b === 0 ? 0 : EDGES[b - 1]!,
      upper: b === BINS - 1 ? 1 : EDGES[b]!,
      count: c,
      meanConfidence: confidences[b]! / c,
      fractionPositive: outcomes[b]! / c,
    });
  }
  return bins;
}

/** Expected calibration error: Σ_b (n_b / n) · |fraction positive − mean confidence| over the reliability bins. */
export function expectedCalibrationError(outcome: Uint8Array, confidence: Float64Array): number | null {
  const bins = calibrationCurve(outcome, confidence);
  if (bins === null) return null;
  let ece = 0;
  for (const bin of bins)
    ece += (bin.count / confidence.length) * Math.abs(bin.fractionPositive - bin.meanConfidence);
  return ece;
}
