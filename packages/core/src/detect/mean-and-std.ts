import { CompensatedSum } from "../stats/drift/compensated-sum.js";

/**
 * Mean and sample standard deviation (ddof = 1, numpy.std(ddof=1)) by two compensated passes; exactly the value
 * and 0 for a constant sample, so that a flat history gives a flat band. Needs at least 2 values.
 */
export function meanAndStd(values: Float64Array): { mean: number; std: number } {
  const n = values.length;
  const first = values[0]!;
  if (values.every((v) => v === first)) return { mean: first, std: 0 };
  const total = new CompensatedSum();
  for (const v of values) total.add(v);
  const mean = total.value() / n;
  const squares = new CompensatedSum();
  for (const v of values) squares.add((v - mean) ** 2);
  return { mean, std: Math.sqrt(squares.value() / (n - 1)) };
}

/** Plain mean of a non-empty sample. */
export function meanOf(values: Float64Array): number {
  const total = new CompensatedSum();
  for (const v of values) total.add(v);
  return total.value() / values.length;
}
