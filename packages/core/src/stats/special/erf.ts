import { expMinusScaledSquare } from "./exp-minus-square.js";
import { upperGammaContinuedFraction } from "./gamma-continued-fraction.js";

const EPSILON = Number.EPSILON / 2;
const TWO_OVER_SQRT_PI = 1.1283791670955126;
const ONE_OVER_SQRT_PI = 0.5641895835477563;
/** Below this |x| erf comes from its series and erfc = 1 − erf (erfc ≥ 0.077 there, so under a digit is lost). */
export const ERF_SERIES_MAX = 1.25;

/** erf(x) for |x| < ERF_SERIES_MAX by the all-positive series (2x/√π)·e^(−x²)·Σ (2x²)ⁿ / (1·3·…·(2n+1)). */
export function erfSeries(x: number): number {
  const twoSquare = 2 * x * x;
  let term = 1;
  let sum = 1;
  for (let k = 3; ; k += 2) {
    term *= twoSquare / k;
    sum += term;
    if (term <= EPSILON * sum) break;
  }
  return TWO_OVER_SQRT_PI * x * expMinusScaledSquare(x, 1) * sum;
}

/**
 * erfc(x) · e^(x²) · √π / x for x ≥ ERF_SERIES_MAX: Legendre's continued fraction of Γ(½, x²), which converges in a few
 * dozen terms there and is well conditioned in x² (so rounding x² costs nothing).
 */
export function erfcContinuedFraction(xSquared: number): number {
  return upperGammaContinuedFraction(0.5, xSquared);
}

/** The error function (scipy.special.erf), to about 1e-16 relative. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < ERF_SERIES_MAX) return erfSeries(x);
  const tail = erfc(Math.abs(x));
  return x > 0 ? 1 - tail : tail - 1;
}

/**
 * The complementary error function (scipy.special.erfc) to ~1e-15 relative over the whole range, including the far tail
 * where cephes loses up to x²·2⁻⁵³ by rounding x² (and returns 0 beyond x ≈ 26.6 where the true value is subnormal).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < ERF_SERIES_MAX) return x > -ERF_SERIES_MAX ? 1 - erfSeries(x) : 2 - erfc(-x);
  if (x === Number.POSITIVE_INFINITY) return 0;
  return expMinusScaledSquare(x, 1) * x * ONE_OVER_SQRT_PI * erfcContinuedFraction(x * x);
}
