/** numpy.median of an ascending, non-empty array: the middle value, or the mean of the two middle values. */
export function sortedMedian(sorted: Float64Array): number {
  const n = sorted.length;
  const half = n >> 1;
  return n % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/** numpy.median of a non-empty array without NaN; `values` is left as it was. */
export function median(values: Float64Array): number {
  return sortedMedian(values.slice().sort());
}
