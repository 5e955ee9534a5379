import { ERF_SERIES_MAX, erfcContinuedFraction, erfSeries } from "./erf.js";
import { expMinusScaledSquare } from "./exp-minus-square.js";

const SQRT_HALF = Math.SQRT1_2;
const ONE_OVER_TWO_SQRT_TWO_PI = 0.19947114020071635;

/**
 * The standard normal survival function 1 − Φ(z) (scipy.stats.norm.sf, scipy.special.ndtr(−z)) to ~1e-15 relative in
 * both tails: ½ − ½·erf(z/√2) near 0, else ½·erfc(|z|/√2) with exp(−z²/2) taken from z itself rather than from z/√2.
 */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return z;
  const abs = Math.abs(z);
  if (abs < ERF_SERIES_MAX / SQRT_HALF) return 0.5 - 0.5 * erfSeries(z * SQRT_HALF);
  if (abs === Number.POSITIVE_INFINITY) return z > 0 ? 0 : 1;
  const tail =
    expMinusScaledSquare(abs, 0.5) * abs * ONE_OVER_TWO_SQRT_TWO_PI * erfcContinuedFraction(0.5 * abs * abs);
  return z > 0 ? tail : 1 - tail;
}

/** The standard normal CDF Φ(z) (scipy.stats.norm.cdf, scipy.special.ndtr), accurate in the lower tail. */
export function normalCdf(z: number): number {
  return normalSf(-z);
}
