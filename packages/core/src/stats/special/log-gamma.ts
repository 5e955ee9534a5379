import { LOG_SQRT_TWO_PI, stirlingSeries } from "./stirling.js";

/** From here on up Stirling's series with eight terms is exact to double precision. */
const STIRLING_MIN = 10;

/**
 * ln Γ(x) for x > 0 (NaN below, +∞ at 0): Stirling's series at x ≥ 10, else at x + k ≥ 10 less ln(x(x+1)…(x+k−1)).
 * The absolute error stays near 1e-15 · max(1, |ln Γ|), so the relative error grows only close to the zeros at 1 and 2.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.POSITIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let shifted = x;
  let product = 1;
  while (shifted < STIRLING_MIN) {
    product *= shifted;
    shifted += 1;
  }
  const stirling = (shifted - 0.5) * Math.log(shifted) - shifted + LOG_SQRT_TWO_PI + stirlingSeries(shifted);
  return product === 1 ? stirling : stirling - Math.log(product);
}

/** ln Γ(x) − [(x − ½) ln x − x + ln √(2π)] for x > 0: the series at x ≥ 10, else by subtraction (absolute error ~1e-15). */
export function stirlingCorrection(x: number): number {
  if (x >= STIRLING_MIN) return stirlingSeries(x);
  return logGamma(x) - ((x - 0.5) * Math.log(x) - x + LOG_SQRT_TWO_PI);
}

/**
 * ln Γ(a) − ln Γ(a + b) for a ≥ 10 and b > 0, written as (a − ½)·ln(a/(a+b)) − b·ln(a+b) + b plus Stirling corrections so
 * that the huge ln Γ values never cancel.
 */
function logGammaRatio(a: number, b: number): number {
  return -(a - 0.5) * Math.log1p(b / a) - b * Math.log(a + b) + b + stirlingSeries(a) - stirlingSeries(a + b);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0, without cancellation when either argument is large. */
export function logBeta(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || a < 0 || b < 0) return Number.NaN;
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (small === 0) return Number.POSITIVE_INFINITY;
  if (large < STIRLING_MIN) return logGamma(a) + logGamma(b) - logGamma(a + b);
  if (small < STIRLING_MIN) return logGamma(small) + logGammaRatio(large, small);
  // Both large: ln B = ln √(2π) + (a−½)ln(a/(a+b)) + (b−½)ln(b/(a+b)) − ½ln(a+b) + corrections.
  const sum = a + b;
  return (
    LOG_SQRT_TWO_PI +
    (large - 0.5) * -Math.log1p(small / large) +
    (small - 0.5) * Math.log(small / sum) -
    0.5 * Math.log(sum) +
    stirlingSeries(a) +
    stirlingSeries(b) -
    stirlingSeries(sum)
  );
}
