import type { MixedEncoding } from "./mixed-encoding.js";

/** One-hot coordinates of h = 1/√2, so two rows of different categories are one standard deviation apart. */
const ONE_HOT = Math.SQRT1_2;

/**
 * Seeded k-means++ seeding, then Lloyd's iterations (at most `maxIterations`), over standardised numbers and
 * scaled one-hot categories (a missing category is the zero vector); returns each row's cluster. A cluster that
 * empties keeps its centre, so fewer than k clusters may hold rows.
 */
export function mixedKMeans(
  enc: MixedEncoding,
  k: number,
  random: () => number,
  maxIterations = 50,
): Int32Array {
  const { n, numbers, codes, levels } = enc;
  const dn = enc.numerical.length;
  const dc = enc.categorical.length;
  const offsets = new Int32Array(dc);
  let width = dn;
  for (let f = 0; f < dc; f++) {
    offsets[f] = width;
    width += levels[f]!;
  }
  const centres = new Float64Array(k * width);
  // Σ_l centre_l² per (cluster, categorical feature): the one-hot part of a distance in O(1).
  const squares = new Float64Array(k * dc);

  const distance = (i: number, c: number): number => {
    let d = 0;
    for (let j = 0; j < dn; j++) d += (numbers[i * dn + j]! - centres[c * width + j]!) ** 2;
    for (let f = 0; f < dc; f++) {
      const code = codes[i * dc + f]!;
      d += squares[c * dc + f]!;
      if (code >= 0) d += ONE_HOT * ONE_HOT - 2 * ONE_HOT * centres[c * width + offsets[f]! + code]!;
    }
    return Math.max(d, 0);
  };
  const refreshSquares = (c: number) => {
    for (let f = 0; f < dc; f++) {
      let s = 0;
      for (let l = 0; l < levels[f]!; l++) s += centres[c * width + offsets[f]! + l]! ** 2;
      squares[c * dc + f] = s;
    }
  };
  const addRow = (into: Float64Array, c: number, i: number) => {
    for (let j = 0; j < dn; j++) into[c * width + j]! += numbers[i * dn + j]!;
    for (let f = 0; f < dc; f++) {
      const code = codes[i * dc + f]!;
      if (code >= 0) into[c * width + offsets[f]! + code]! += ONE_HOT;
    }
  };

  // k-means++: each next centre is a row drawn in proportion to its squared distance to the nearest centre.
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    addRow(centres, c, pick);
    refreshSquares(c);
    if (c === k - 1) break;
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i]!, distance(i, c));
      total += nearest[i]!;
    }
    let u = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      u -= nearest[i]!;
      if (u < 0) {
        pick = i;
        break;
      }
    }
  }

  const assignment = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * width);
  const counts = new Int32Array(k);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const d = distance(i, c);
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    if (moved === 0) break;
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      counts[assignment[i]!]!++;
      addRow(sums, assignment[i]!, i);
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      for (let x = 0; x < width; x++) centres[c * width + x] = sums[c * width + x]! / counts[c]!;
      refreshSquares(c);
    }
  }
  return assignment;
}
