import { chiSquareSf } from "../special/chi-square-distribution.js";
import { CompensatedSum } from "./compensated-sum.js";
import { emptyResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

/**
 * Pearson's chi-square goodness of fit of the current counts to the reference shares scaled to the current total:
 * scipy.stats.chisquare(f_obs=current, f_exp=reference/Σreference·Σcurrent), df = categories − 1, drifted when
 * p < threshold. Arrays are aligned by category. Categories empty on both sides are left out (scipy would give NaN);
 * one category left means nothing can differ (statistic 0, p = 1; scipy gives NaN); a category the reference lacks but
 * the current holds makes the statistic infinite: statistic null, p = 0, drifted. Empty sides give nulls.
 */
export function chiSquareTest(
  referenceCounts: Float64Array,
  currentCounts: Float64Array,
  threshold = 0.05,
): DriftResult {
  if (referenceCounts.length !== currentCounts.length) {
    throw new RangeError("chiSquareTest: reference and current counts must be aligned (same length)");
  }
  let referenceTotal = 0;
  let currentTotal = 0;
  let categories = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const r = referenceCounts[i]!;
    const c = currentCounts[i]!;
    if (!Number.isFinite(r) || !Number.isFinite(c) || r < 0 || c < 0) return emptyResult(threshold);
    referenceTotal += r;
    currentTotal += c;
    if (r > 0 || c > 0) categories++;
  }
  if (referenceTotal === 0 || currentTotal === 0) return emptyResult(threshold);
  const statistic = new CompensatedSum();
  for (let i = 0; i < referenceCounts.length; i++) {
    const r = referenceCounts[i]!;
    const observed = currentCounts[i]!;
    if (r === 0) {
      if (observed > 0) return { statistic: null, pValue: 0, threshold, drifted: true };
      continue;
    }
    const expected = (r / referenceTotal) * currentTotal;
    statistic.add(((observed - expected) * (observed - expected)) / expected);
  }
  if (categories < 2) return { statistic: 0, pValue: 1, threshold, drifted: false };
  const value = statistic.value();
  // Only counts near the double range's end overflow the statistic: the same call as an unseen category.
  if (!Number.isFinite(value)) return { statistic: null, pValue: 0, threshold, drifted: true };
  const pValue = chiSquareSf(value, categories - 1);
  return { statistic: value, pValue, threshold, drifted: pValue < threshold };
}
