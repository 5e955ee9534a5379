import { regularizedBeta } from "./incomplete-beta.js";
import { normalSf } from "./normal.js";

/**
 * Student's t survival function P(T > t) for df > 0 degrees of freedom (scipy.stats.t.sf, real df): ½·I_z(df/2, ½) with
 * z = df/(df + t²) and 1 − z = t²/(df + t²) formed directly, as cdflib's cumt does; the normal tail at df = ∞.
 */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalSf(t);
  if (t === 0) return 0.5;
  const square = t * t;
  const sum = df + square;
  const z = square === Number.POSITIVE_INFINITY ? 0 : df / sum;
  const oneMinusZ = square === Number.POSITIVE_INFINITY ? 1 : square / sum;
  const tail = 0.5 * regularizedBeta(z, df / 2, 0.5, oneMinusZ);
  return t > 0 ? tail : 1 - tail;
}
