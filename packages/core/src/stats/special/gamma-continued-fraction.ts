const EPSILON = Number.EPSILON / 2;
const TINY = 1e-300;
const MAX_TERMS = 100_000;

/**
 * Legendre's continued fraction Γ(a, x) / (xᵃ e⁻ˣ) = 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))) by the modified
 * Lentz method; it converges fast for x > a + 1 (DLMF 8.9.2).
 */
export function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let value = d;
  for (let n = 1; n <= MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    value *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return value;
}
