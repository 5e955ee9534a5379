/** numerator / denominator, or null when the denominator is 0: a rate that the data leaves undefined. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Mean of the values that are not null (scikit-learn ≥ 1.3's macro average with zero_division=NaN); null if none. */
export function meanOfDefined(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/**
 * Weighted mean of the values that are not null; when their weights sum to 0 it falls back to their plain mean
 * (scikit-learn ≥ 1.3's `_nanaverage`, behind average="weighted" with zero_division=NaN); null if none.
 */
export function weightedMeanOfDefined(
  values: readonly (number | null)[],
  weights: readonly number[],
): number | null {
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    sum += v * weights[i]!;
    weightSum += weights[i]!;
  }
  return weightSum === 0 ? meanOfDefined(values) : sum / weightSum;
}
