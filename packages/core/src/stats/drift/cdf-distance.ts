import { ascending } from "../sorted-copy.js";
import { CompensatedSum } from "./compensated-sum.js";

/**
 * ∫ |U(x) − V(x)|^power dx between two samples' empirical CDFs, as scipy.stats' _cdf_distance sums it before the
 * root: one walk over both sorted copies, O(n log n). NaN if either sample is empty or holds NaN.
 */
export function cdfDistanceIntegral(u: Float64Array, v: Float64Array, power: 1 | 2): number {
  const nu = u.length;
  const nv = v.length;
  if (nu === 0 || nv === 0) return Number.NaN;
  const us = ascending(u);
  const vs = ascending(v);
  // Sorting puts NaN last; the walk below needs an order on every value.
  if (Number.isNaN(us[nu - 1]!) || Number.isNaN(vs[nv - 1]!)) return Number.NaN;
  let iu = 0;
  let iv = 0;
  const sum = new CompensatedSum();
  // Step from each distinct pooled value x to the next one; on [x, next) the CDFs are (#≤x)/n.
  let x = Math.min(us[0]!, vs[0]!);
  for (;;) {
    while (iu < nu && us[iu]! <= x) iu++;
    while (iv < nv && vs[iv]! <= x) iv++;
    if (iu === nu && iv === nv) break;
    const next = Math.min(
      iu < nu ? us[iu]! : Number.POSITIVE_INFINITY,
      iv < nv ? vs[iv]! : Number.POSITIVE_INFINITY,
    );
    const gap = iu / nu - iv / nv;
    sum.add((power === 1 ? Math.abs(gap) : gap * gap) * (next - x));
    x = next;
  }
  return sum.value();
}
