import { clipProbability } from "./clip-probability.js";
import { powerOfTwo, scaleByPowerOfTwo } from "./float-bits.js";

const SCALE_BITS = 128;
const BIG = powerOfTwo(SCALE_BITS);
const SMALL = powerOfTwo(-SCALE_BITS);

/** The m×m product a·b of row-major matrices. */
function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/**
 * P(Dₙ ≤ d) for the two-sided one-sample Kolmogorov statistic by Durbin's matrix formula as Marsaglia, Tsang and Wang
 * (2003) evaluate it: with d = (k − h)/n, the (k, k) entry of Hⁿ times n!/nⁿ, H the (2k−1)-square matrix of their
 * paper; powers by squaring, rescaled by 2^±128 as they grow. O(k³ log n), so meant for small n·d.
 */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let matrix: Float64Array<ArrayBuffer> = new Float64Array(m * m);
  // Entries on and below the superdiagonal are 1/(i − j + 1)!.
  const inverseFactorial = new Float64Array(m + 1);
  inverseFactorial[0] = 1;
  for (let i = 1; i <= m; i++) inverseFactorial[i] = inverseFactorial[i - 1]! / i;
  for (let i = 0; i < m; i++) {
    for (let j = 1; j <= Math.min(i + 1, m - 1); j++) matrix[i * m + j] = inverseFactorial[i - j + 1]!;
  }
  // First column (1 − h^(i+1))/(i+1)! and its mirror in the last row; the corner gets the extra (2h − 1)₊^m.
  for (let i = 0; i < m; i++) {
    const value = (1 - h ** (i + 1)) * inverseFactorial[i + 1]!;
    matrix[i * m] = value;
    matrix[(m - 1) * m + (m - 1 - i)] = value;
  }
  matrix[(m - 1) * m] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * inverseFactorial[m]!;

  let power: Float64Array<ArrayBuffer> | null = null;
  let powerExponent = 0;
  let matrixExponent = 0;
  const centre = (k - 1) * m + (k - 1);
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) {
      power = power ? multiply(power, matrix, m) : matrix.slice();
      powerExponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[centre]!) > BIG) {
      for (let i = 0; i < matrix.length; i++) matrix[i]! *= SMALL;
      matrixExponent += SCALE_BITS;
    }
  }
  let p = power![centre]!;
  // Times n!/nⁿ, one factor i/n at a time.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SMALL) {
      p *= BIG;
      powerExponent -= SCALE_BITS;
    }
  }
  p = scaleByPowerOfTwo(p, powerExponent);
  return clipProbability(p);
}
