import { twoProductError, twoSumError } from "./double-double.js";
import { binaryExponent, powerOfTwo, scaleByPowerOfTwo } from "./float-bits.js";
import { scaledPower, scaledPowerExponent } from "./scaled-power.js";

/** cephes' MINLOG, ln 2⁻¹⁰⁷⁵: below exp(MINLOG) the one-sided tail is reported as 0. */
const MIN_LOG = -745.1332191019412;
/** scipy's SMIRNOV_MAX_COMPUTE_N: above this n the exact sum is replaced by an approximation. */
const MAX_EXACT_N = 1_000_000;

/** (a + b)/n for an unevaluated sum a + b and an integer n, as hi + lo (the tail in `divisionTail`). */
let divisionTail = 0;
function divide(a: number, b: number, n: number): number {
  const q = a / n;
  const remainder = a - q * n - twoProductError(q, n, q * n) + b;
  divisionTail = remainder / n;
  return q;
}

/** The value of (significand · 2^exponent) for the term sum, where the exponent may be far outside double range. */
function toDouble(significand: number, exponent: number): number {
  return scaleByPowerOfTwo(significand, exponent);
}

/**
 * The one-sided Kolmogorov–Smirnov survival function P(Dₙ⁺ ≥ x) (scipy.special.smirnov), by the Birnbaum–Tingey sum
 * x·Σᵥ C(n,v)(x + v/n)^(v−1)(1 − x − v/n)^(n−v) over v < n(1 − x), with the same special cases and the same
 * approximation above n = 10⁶ as scipy 1.10. The binomial coefficient is carried in double-double with a separate
 * exponent and the powers are taken with double-double bases, so the relative error stays near 1e-13 even for n ~ 10⁶.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1) || !Number.isInteger(n)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  // n·x exactly, as nx + nxTail; its floor and fractional part alpha decide the number of terms.
  const nx = n * x;
  const nxTail = twoProductError(n, x, nx);
  let floorNx = Math.floor(nx);
  let alpha: number;
  if (floorNx === nx) {
    if (nxTail < 0) {
      floorNx -= 1;
      alpha = 1 + nxTail;
    } else {
      alpha = nxTail;
    }
  } else {
    alpha = nx - floorNx + nxTail;
  }
  if (alpha >= 1) {
    floorNx += 1;
    alpha = 0;
  }
  if (floorNx === 0 || (floorNx === 1 && alpha === 0)) {
    // x ≤ 1/n: 1 − x(1 + x)^(n−1).
    const base = 1 + x;
    const power = scaledPower(base, twoSumError(1, x, base), n - 1);
    return clip(1 - x * toDouble(power, scaledPowerExponent));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (floorNx >= n - 1) {
    const base = 1 - x;
    return clip(toDouble(scaledPower(base, twoSumError(1, -x, base), n), scaledPowerExponent));
  }
  if (n > MAX_EXACT_N) {
    const logP = -((6 * n * x + 1) ** 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP);
  }
  return clip(x * lowerSum(n, x, nx, nxTail, n - floorNx));
}

function clip(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** Σᵥ Aᵥ for v = 0 … terms − 1, Aᵥ = C(n,v)(x + v/n)^(v−1)(1 − x − v/n)^(n−v), stopping once the rest is negligible. */
function lowerSum(n: number, x: number, nx: number, nxTail: number, terms: number): number {
  // v = 0: (1 − x)^n / x.
  const oneMinusX = 1 - x;
  let significand = scaledPower(oneMinusX, twoSumError(1, -x, oneMinusX), n);
  let sum = toDouble(significand / x, scaledPowerExponent);
  let compensation = 0;
  // C(n, v) = (chooseHi + chooseLo) · 2^chooseExponent, the significand kept in [0.5, 1).
  let chooseHi = 0.5;
  let chooseLo = 0;
  let chooseExponent = 1;
  const half = n / 2;
  for (let v = 1; v < terms; v++) {
    // C(n, v) = C(n, v − 1) · (n − v + 1) / v, in double-double.
    const factor = n - v + 1;
    const product = chooseHi * factor;
    const productLo = twoProductError(chooseHi, factor, product) + chooseLo * factor;
    chooseHi = divide(product, productLo, v);
    chooseLo = divisionTail;
    const normalise = binaryExponent(chooseHi);
    const scale = powerOfTwo(-normalise);
    chooseHi *= scale;
    chooseLo *= scale;
    chooseExponent += normalise;
    // x + v/n = (n·x + v)/n and 1 − x − v/n = (n − v − n·x)/n, both from the exact n·x.
    const upSum = nx + v;
    const up = divide(upSum, twoSumError(nx, v, upSum) + nxTail, n);
    const upTail = divisionTail;
    const downHead = n - v - nx;
    const down = divide(downHead, twoSumError(n - v, -nx, downHead) - nxTail, n);
    const downTail = divisionTail;
    significand = scaledPower(up, upTail, v - 1);
    let exponent = scaledPowerExponent;
    significand *= scaledPower(down, downTail, n - v);
    exponent += scaledPowerExponent + chooseExponent;
    const term = toDouble(significand * (chooseHi + chooseLo), exponent);
    // Neumaier summation of positive terms.
    const t = sum + term;
    compensation += sum >= term ? sum - t + term : term - t + sum;
    sum = t;
    if (term !== 0) {
      if (4 * (terms - v) * term < Number.EPSILON * sum && v !== terms - 1) break;
    } else if (v > half) {
      break;
    }
  }
  return sum + compensation;
}
