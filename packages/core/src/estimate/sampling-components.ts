/**
 * What NannyML keeps from the reference to size a metric's sampling error for a chunk of n rows: the variance of
 * the metric's per-row contributions and the share of rows that contribute (SE = √(variance / (n · share)) for one
 * binary metric).
 */
export interface SamplingComponent {
  readonly variance: number;
  readonly share: number;
}

/** Population variance (numpy's var) of `ones` copies of `value` and `zeros` zeros; null when both are 0. */
export function twoPointVariance(ones: number, zeros: number, value = 1): number | null {
  const n = ones + zeros;
  if (n === 0) return null;
  const mean = (ones * value) / n;
  return (ones * (value - mean) ** 2 + zeros * mean ** 2) / n;
}

/**
 * NannyML's AUROC component (the Mann–Whitney view): after flipping labels and scores when positives are the
 * majority, each positive's count of lower-ranked negatives (rank − its index among positives, the rank-0 row
 * excluded as numpy.unique(...)[1:] does) over the negatives' count; variance of those and the positives' share.
 * Ties in the score keep row order (numpy's argsort may not). Null without positives past rank 0.
 */
export function aurocComponent(
  isPositive: Uint8Array,
  scores: Float64Array,
  rows: Int32Array,
): SamplingComponent | null {
  const n = rows.length;
  let positives = 0;
  for (let k = 0; k < n; k++) positives += isPositive[rows[k]!] === 1 ? 1 : 0;
  const flip = positives / n > 0.5;
  const label = (i: number) => ((isPositive[i] === 1) !== flip ? 1 : 0);
  const score = (i: number) => (flip ? 1 - scores[i]! : scores[i]!);
  const order = Array.from(rows).sort((a, b) => score(a) - score(b) || a - b);
  const nPos = flip ? n - positives : positives;
  const nNeg = n - nPos;
  const spread: number[] = [];
  for (let rank = 1; rank < n; rank++) {
    if (label(order[rank]!) === 1) spread.push((rank - spread.length) / nNeg);
  }
  if (spread.length === 0) return null;
  let mean = 0;
  for (const v of spread) mean += v;
  mean /= spread.length;
  let variance = 0;
  for (const v of spread) variance += (v - mean) ** 2;
  return { variance: variance / spread.length, share: nPos / n };
}
