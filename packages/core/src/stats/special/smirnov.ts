import { clipProbability } from "./clip-probability.js";
import { twoProductError, twoSumError } from "./double-double.js";
import { binaryExponent, powerOfTwo, scaleByPowerOfTwo } from "./float-bits.js";
import { scaledPower, scaledPowerExponent } from "./scaled-power.js";

/** cephes' MINLOG, ln 2⁻¹⁰⁷⁵: below exp(MINLOG) the one-sided tail is reported as 0. */
const MIN_LOG = -745.1332191019412;
/** scipy's SMIRNOV_MAX_COMPUTE_N: above this n the exact sum is replaced by an approximation. */
const MAX_EXACT_N = 1_000_000;

/** (a + b)/n for an unevaluated sum a + b (|b| ≤ ulp(a)) and an integer n, as hi + lo (the tail in `divisionTail`). */
let divisionTail = 0;
function divide(a: number, b: number, n: number): number {
  const q = a / n;
  const tail = (a - q * n - twoProductError(q, n, q * n) + b) / n;
  // Renormalise: when a is 0 (or tiny) the whole value may sit in the tail.
  const hi = q + tail;
  divisionTail = tail - (hi - q);
  return hi;
}

/**
 * The one-sided Kolmogorov–Smirnov survival function P(Dₙ⁺ ≥ x) (scipy.special.smirnov), by the Birnbaum–Tingey sum
 * x·Σᵥ C(n,v)(x + v/n)^(v−1)(1 − x − v/n)^(n−v) over v < n(1 − x), with scipy 1.10's special cases and its
 * approximation above n = 10⁶ (scipy's alternative upper sum for x ≤ 0.5/√n is the same number and is not used). The
 * binomial coefficient is carried in double-double with its own exponent and the powers from double-double bases, so
 * the relative error stays near 1e-13 even for n ~ 10⁶.
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
    return clipProbability(1 - x * scaleByPowerOfTwo(power, scaledPowerExponent));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (floorNx >= n - 1) {
    const base = 1 - x;
    const power = scaledPower(base, twoSumError(1, -x, base), n);
    return clipProbability(scaleByPowerOfTwo(power, scaledPowerExponent));
  }
  if (n > MAX_EXACT_N) {
    const logP = -((6 * n * x + 1) ** 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP);
  }
  return clipProbability(x * lowerSum(n, x, nx, nxTail, n - floorNx));
}

/** Powers are recomputed exactly every this many terms; in between each is the previous times an exact-form ratio. */
const ANCHOR_EVERY = 256;
const RESCALE_ABOVE = powerOfTwo(500);
const RESCALE_BELOW = powerOfTwo(-500);

/**
 * Σᵥ Aᵥ for v = 0 … terms − 1, Aᵥ = C(n,v)·Uᵥ^(v−1)·Dᵥ^(n−v) with Uᵥ = x + v/n and Dᵥ = 1 − x − v/n, stopping once
 * the rest is negligible. Nearly all n terms matter, so the power part Pᵥ = Uᵥ^(v−1)·Dᵥ^(n−v) moves from term to term
 * by Pᵥ/Pᵥ₋₁ = Uᵥ·(1 + 1/(nx+v−1))^(v−2)·(1 − 1/(n−v+1−nx))^(n−v)/Dᵥ₋₁ (log1p keeps each step within a few ulp) and is
 * re-anchored exactly every ANCHOR_EVERY terms, which bounds the drift near 1e-13.
 */
function lowerSum(n: number, x: number, nx: number, nxTail: number, terms: number): number {
  // v = 0: (1 − x)^n / x.
  const oneMinusX = 1 - x;
  const first = scaledPower(oneMinusX, twoSumError(1, -x, oneMinusX), n);
  let sum = scaleByPowerOfTwo(first / x, scaledPowerExponent);
  let compensation = 0;
  // C(n, v) = (chooseHi + chooseLo) · 2^chooseExponent, the significand kept in [0.5, 1).
  let chooseHi = 0.5;
  let chooseLo = 0;
  let chooseExponent = 1;
  // Pᵥ = power · 2^powerExponent.
  let power = 1;
  let powerExponent = 0;
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
    if ((v - 1) % ANCHOR_EVERY === 0) {
      // Uᵥ = (n·x + v)/n and Dᵥ = (n − v − n·x)/n in double-double, from the exact n·x.
      const upSum = nx + v;
      const up = divide(upSum, twoSumError(nx, v, upSum) + nxTail, n);
      const upTail = divisionTail;
      const downHead = n - v - nx;
      const down = divide(downHead, twoSumError(n - v, -nx, downHead) - nxTail, n);
      const downTail = divisionTail;
      power = scaledPower(up, upTail, v - 1);
      powerExponent = scaledPowerExponent;
      power *= scaledPower(down, downTail, n - v);
      powerExponent += scaledPowerExponent;
    } else {
      const previousDown = n - v + 1 - nx - nxTail;
      const growth = (v - 2) * Math.log1p(1 / (nx + v - 1)) + (n - v) * Math.log1p(-1 / previousDown);
      power *= ((nx + v) / previousDown) * Math.exp(growth);
      if (power > RESCALE_ABOVE || power < RESCALE_BELOW) {
        const shift = binaryExponent(power);
        power *= powerOfTwo(-shift);
        powerExponent += shift;
      }
    }
    const term = scaleByPowerOfTwo(power * (chooseHi + chooseLo), powerExponent + chooseExponent);
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
