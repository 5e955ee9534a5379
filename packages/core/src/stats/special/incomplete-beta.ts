import { logBeta } from "./log-gamma.js";

const EPSILON = Number.EPSILON;
const MAX_DEPTH = 1 << 22;

/**
 * 1 + d₂ₘ₊₁ of the continued fraction below. Near x = 1 (a large) it nearly cancels, so there it is written with y:
 * ((a+2m)(a+2m+1) − (a+m)(a+b+m)x) = a(2m+1−b) + m(3m+2−b) + (a+m)(a+b+m)·y.
 */
function onePlusOdd(a: number, b: number, x: number, y: number, m: number): number {
  const denominator = (a + 2 * m) * (a + 2 * m + 1);
  if (x < 0.5) return 1 - ((a + m) * (a + b + m) * x) / denominator;
  return (a * (2 * m + 1 - b) + m * (3 * m + 2 - b) + (a + m) * (a + b + m) * y) / denominator;
}

/**
 * The continued fraction I_x(a,b)·a·B(a,b)/(xᵃyᵇ) = 1/(1 + d₁/(1 + d₂/(1 + …))) of DLMF 8.17.22, evaluated from depth
 * `depth` back to the top. Each odd level is formed as (1 + dₖ) − dₖ·eₖ₊₁/gₖ₊₁ with eₖ₊₁ = gₖ₊₁ − 1, so that no level
 * suffers the cancellation that costs a forward (Lentz) evaluation up to 1e-10 at a ≈ 10⁶, x ≈ 1.
 */
function continuedFraction(a: number, b: number, x: number, y: number, depth: number): number {
  let g = 1;
  let e = 0;
  for (let k = depth; k >= 1; k--) {
    const m = k >> 1;
    if (k % 2 === 1) {
      const d = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
      const next = onePlusOdd(a, b, x, y, m) - (d * e) / g;
      e = next - 1;
      g = next;
    } else {
      e = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) / g;
      g = 1 + e;
    }
  }
  return 1 / g;
}

/** I_x(a, b) for x below (a+1)/(a+b+2), where the continued fraction converges fast; depth doubles until it settles. */
function lowerTail(a: number, b: number, x: number, y: number): number {
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const prefactor = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
  if (prefactor === 0) return 0;
  let depth = 16;
  let previous = continuedFraction(a, b, x, y, depth);
  while (depth < MAX_DEPTH) {
    depth *= 2;
    const value = continuedFraction(a, b, x, y, depth);
    if (Math.abs(value - previous) <= EPSILON * Math.abs(value)) return prefactor * value;
    previous = value;
  }
  return prefactor * previous;
}

/**
 * The regularized incomplete beta function I_x(a, b) (scipy.special.betainc), a, b > 0, 0 ≤ x ≤ 1. Pass y = 1 − x when
 * it is known more precisely than by subtraction (the Student t tail needs it). By the continued fraction for
 * I_x(a, b) or 1 − I_y(b, a), whichever side converges; relative error ~1e-14 unless a and b are both very large (then
 * a·ln x + b·ln y − ln B cancels). NaN outside the domain.
 */
export function regularizedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if ([x, a, b, y].some(Number.isNaN) || a <= 0 || b <= 0 || x < 0 || x > 1) return Number.NaN;
  if (x === 0 || y === 1) return 0;
  if (y === 0 || x === 1) return 1;
  if (x < (a + 1) / (a + b + 2)) return lowerTail(a, b, x, y);
  return 1 - lowerTail(b, a, y, x);
}
