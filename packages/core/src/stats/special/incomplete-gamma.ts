import { upperGammaContinuedFraction } from "./gamma-continued-fraction.js";
import { logGamma, stirlingCorrection } from "./log-gamma.js";

const EPSILON = Number.EPSILON / 2;
/** Above this shape the prefactor goes through Stirling's formula, where a·ln x and ln Γ(a) would cancel. */
const LARGE_SHAPE = 10;

/** u − ln(1 + u) for u > −1 without cancellation near 0: a series in r = u/(2+u) there, since ln(1+u) = 2 artanh r. */
function logOnePlusGap(u: number): number {
  if (u < -0.5 || u > 1) return u - Math.log1p(u);
  const r = u / (2 + u);
  const r2 = r * r;
  // u − 2 artanh r = r·u − 2(r³/3 + r⁵/5 + …)
  let power = r * r2;
  let sum = 0;
  for (let k = 3; ; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= EPSILON * Math.abs(sum)) break;
    power *= r2;
  }
  return r * u - 2 * sum;
}

/** xᵃ e⁻ˣ / Γ(a), accurate to a few ulp even when a and x are both large (Temme's form of the prefactor). */
function gammaPrefactor(a: number, x: number): number {
  if (a < LARGE_SHAPE) return Math.exp(a * Math.log(x) - x - logGamma(a));
  const gap = logOnePlusGap((x - a) / a);
  return Math.sqrt(a / (2 * Math.PI)) * Math.exp(-a * gap - stirlingCorrection(a));
}

/** P(a, x) by its power series xᵃe⁻ˣ/Γ(a) · Σ xⁿ / (a(a+1)…(a+n)), for x < a + 1 where all terms are positive. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 1_000_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= EPSILON * sum) break;
  }
  return gammaPrefactor(a, x) * sum;
}

function invalid(a: number, x: number): boolean {
  return Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0;
}

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a) (scipy.special.gammainc), a > 0, x ≥ 0: the
 * series below x = a + 1, else 1 − Q by Legendre's continued fraction. NaN outside the domain.
 */
export function regularizedGammaP(a: number, x: number): number {
  if (invalid(a, x)) return Number.NaN;
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  if (x < a + 1) return lowerSeries(a, x);
  return 1 - gammaPrefactor(a, x) * upperGammaContinuedFraction(a, x);
}

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) (scipy.special.gammaincc), a > 0, x ≥ 0: the
 * continued fraction from x = a + 1 on (full relative accuracy in the far tail), else 1 − P (relative accuracy lost
 * only where a < 1 and P is close to 1).
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (invalid(a, x)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return 1 - lowerSeries(a, x);
  return gammaPrefactor(a, x) * upperGammaContinuedFraction(a, x);
}
