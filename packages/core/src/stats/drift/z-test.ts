import { normalSf } from "../special/normal.js";
import { emptyResult } from "./distance-result.js";
import type { DriftResult } from "./types.js";

/**
 * Evidently's two-proportion z-test with pooled variance over a two-category column (counts aligned in sorted category
 * order): p₁, p₂ the shares of the second category in reference and current, P the pooled share,
 * z = (p₁ − p₂)/√(P(1−P)(1/n₁ + 1/n₂)), p = 2·(1 − Φ(|z|)), drifted when p < threshold. Categories empty on both sides
 * are ignored; when both sides hold one and the same category the result is z = 0, p = 1 (Evidently's special case).
 * Empty sides give nulls; more than two non-empty categories is a caller error.
 */
export function zTest(
  referenceCounts: Float64Array,
  currentCounts: Float64Array,
  threshold = 0.05,
): DriftResult {
  if (referenceCounts.length !== currentCounts.length) {
    throw new RangeError("zTest: reference and current counts must be aligned (same length)");
  }
  const reference: number[] = [];
  const current: number[] = [];
  for (let i = 0; i < referenceCounts.length; i++) {
    const r = referenceCounts[i]!;
    const c = currentCounts[i]!;
    if (!Number.isFinite(r) || !Number.isFinite(c) || r < 0 || c < 0) return emptyResult(threshold);
    if (r > 0 || c > 0) {
      reference.push(r);
      current.push(c);
    }
  }
  if (reference.length > 2) throw new RangeError("zTest: the z-test takes at most two categories");
  const n1 = reference.reduce((sum, c) => sum + c, 0);
  const n2 = current.reduce((sum, c) => sum + c, 0);
  if (n1 === 0 || n2 === 0) return emptyResult(threshold);
  if (reference.length === 1) return { statistic: 0, pValue: 1, threshold, drifted: false };
  const p1 = reference[1]! / n1;
  const p2 = current[1]! / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // 2·(1 − Φ(|z|)) = 2·sf(|z|); the survival function keeps the small p-values that 1 − Φ would round to 0.
  const pValue = 2 * normalSf(Math.abs(z));
  return { statistic: z, pValue, threshold, drifted: pValue < threshold };
}
