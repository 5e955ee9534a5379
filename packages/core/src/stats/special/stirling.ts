/** ln √(2π). */
export const LOG_SQRT_TWO_PI = 0.9189385332046728;

/**
 * B₂ⱼ / (2j(2j − 1)) for j = 8 … 1, the coefficients of Stirling's series for ln Γ (B₂ⱼ the Bernoulli numbers),
 * highest power first so Horner's rule can take them in order.
 */
const COEFFICIENTS = [
  -3617 / 122400,
  1 / 156,
  -691 / 360360,
  1 / 1188,
  -1 / 1680,
  1 / 1260,
  -1 / 360,
  1 / 12,
];

/**
 * ln Γ(x) − [(x − ½) ln x − x + ln √(2π)], the tail of Stirling's series, for x ≥ 10 where eight terms leave an
 * error below 2e-18 (the next term is B₁₈/(18·17·x¹⁷)).
 */
export function stirlingSeries(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (const c of COEFFICIENTS) sum = sum * inverseSquare + c;
  return sum / x;
}
