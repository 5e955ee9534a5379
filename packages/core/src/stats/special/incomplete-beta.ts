import { logBeta } from "./log-gamma.js";

const EPSILON = Number.EPSILON / 2;
const TINY = 1e-300;
const MAX_TERMS = 1_000_000;

/** The continued fraction of I_x(a, b) · a·B(a, b) / (xᵃ yᵇ) (DLMF 8.17.22) by the modified Lentz method. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let value = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    // Even step: d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m)).
    let coefficient = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    value *= d * c;
    // Odd step: d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
    coefficient = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    value *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return value;
}

/** I_x(a, b) for x below the mean-ish point (a+1)/(a+b+2), where the continued fraction converges fast. */
function lowerTail(a: number, b: number, x: number, y: number): number {
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const prefactor = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
  return prefactor * betaContinuedFraction(a, b, x);
}

/**
 * The regularized incomplete beta function I_x(a, b) (scipy.special.betainc), a, b > 0, 0 ≤ x ≤ 1. Pass y = 1 − x
 * when it is known more precisely than by subtraction (the Student t tail needs it). By the continued fraction for
 * I_x(a, b) or 1 − I_y(b, a), whichever side converges; relative error ~1e-14 unless a and b are both very large
 * (then a·ln x + b·ln y − ln B cancels). NaN outside the domain.
 */
export function regularizedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if ([x, a, b, y].some(Number.isNaN) || a <= 0 || b <= 0 || x < 0 || x > 1) return Number.NaN;
  if (x === 0 || y === 1) return 0;
  if (y === 0 || x === 1) return 1;
  if (x < (a + 1) / (a + b + 2)) return lowerTail(a, b, x, y);
  return 1 - lowerTail(b, a, y, x);
}
