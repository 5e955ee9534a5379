import { clipProbability } from "./clip-probability.js";
import { powerOfTwo, scaleByPowerOfTwo } from "./float-bits.js";

const SCALE_BITS = 128;
const BIG = powerOfTwo(SCALE_BITS);
const SMALL = powerOfTwo(-SCALE_BITS);

/** The first and last column that can be non-zero in row i of Pomeranz's recursion (as scipy's _ksstats lays it out). */
function rowBounds(
  i: number,
  n: number,
  floorT: number,
  ceilF: number,
  roundF: number,
): readonly [number, number] {
  let first: number;
  let last: number;
  if (i === 0) {
    first = -floorT - ceilF - 1;
    last = floorT + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        first = n - floorT - ceilF - 1;
        last = n + floorT + ceilF - 1;
      } else {
        first = half - 1 - floorT - roundF - 1;
        last = half + floorT - 1 + ceilF - 1;
      }
    } else {
      first = half - 1 - floorT - 1;
      last = half + floorT + roundF - 1;
    }
  }
  return [Math.max(first + 2, 0), Math.min(last, n)];
}

/** (c/n)^j / j! for j < count: Poisson weights without their e^(−c/n). */
function scaledPowers(c: number, n: number, count: number): Float64Array {
  const ratio = c / n;
  const out = new Float64Array(count);
  out[0] = 1;
  for (let j = 1; j < count; j++) out[j] = (out[j - 1]! * ratio) / j;
  return out;
}

/**
 * P(Dₙ ≤ x) for the two-sided one-sample Kolmogorov statistic by Pomeranz's recursion (1974): 2n + 1 rows, each the
 * convolution of the previous one with Poisson-like weights in g = min(f, 1 − f), f the fractional part of n·x, then
 * times n!. Suited to small n (scipy uses it for n ≤ 140).
 */
export function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const floorT = Math.floor(t);
  const f = t - floorT;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const width = 2 * (floorT + 1);
  const gPowers = scaledPowers(g, n, width);
  const twoGPowers = scaledPowers(2 * g, n, width);
  const restPowers = scaledPowers(1 - 2 * g, n, width);
  let previous = new Float64Array(width);
  let current = new Float64Array(width);
  current[0] = 1;
  // Row r's entry j sits at index j − start.
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [first, last] = rowBounds(0, n, floorT, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const previousFirst = first;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [first, last] = rowBounds(i, n, floorT, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPowers : i % 2 === 1 ? twoGPowers : restPowers;
    const span = last - previousFirst + 1;
    if (span <= 0) continue;
    // Entries first … last of the full convolution of previous[previousFirst …] with weights[0 … span).
    const offset = previousFirst - previousStart;
    let largest = 0;
    for (let j = first; j <= last; j++) {
      const r = j - previousFirst;
      let sum = 0;
      // Entries past the end of the row are zeros.
      const top = Math.min(r, width - 1 - offset);
      for (let s = 0; s <= top; s++) sum += previous[offset + s]! * weights[r - s]!;
      current[j - first] = sum;
      if (sum > largest) largest = sum;
    }
    if (largest > 0 && largest < SMALL) {
      for (let j = 0; j < width; j++) current[j]! *= BIG;
      exponent -= SCALE_BITS;
    }
    currentStart = previousStart + first - previousFirst;
  }
  let answer = current[n - currentStart]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > BIG) {
      answer *= SMALL;
      exponent += SCALE_BITS;
    }
    answer *= m;
  }
  answer = scaleByPowerOfTwo(answer, exponent);
  return clipProbability(answer);
}
