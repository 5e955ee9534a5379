/** 2¹⁶: x is split at this granularity so that its head squares exactly for |x| < 2¹⁰. */
const SPLIT = 65536;

/**
 * exp(−c·x²) for c = 1 or ½, to within an ulp or two. Rounding x² first would cost a relative error of x²·2⁻⁵³ (1e-13
 * at x = 30), so x is split into a head with 16 fractional bits, whose square is exact, and a tiny tail.
 */
export function expMinusScaledSquare(x: number, c: 1 | 0.5): number {
  const abs = Math.abs(x);
  if (abs < 1 || abs >= 1024) return Math.exp(-c * abs * abs);
  const head = Math.floor(abs * SPLIT) / SPLIT;
  const tail = abs - head;
  return Math.exp(-c * head * head) * Math.exp(-c * tail * (2 * head + tail));
}
