import { shuffleFront } from "../stats/seeded-random.js";
import { binomial, subsetSizeWeights } from "./shapley-kernel-weight.js";

/** Coalitions of m players as 0/1 masks (row-major, `count × m`) with regression weights that sum to 1. */
export interface CoalitionPlan {
  readonly masks: Uint8Array;
  readonly weights: Float64Array;
  readonly count: number;
  /** Every coalition but the empty and the full one is present, at its Shapley kernel weight. */
  readonly complete: boolean;
}

/** Coalitions worth evaluating for m players: all 2^m − 2 when m ≤ 30, else shap's cap of 2^30. */
export function maxCoalitions(m: number): number {
  return m <= 30 ? 2 ** m - 2 : 2 ** 30;
}

/**
 * The coalitions Kernel SHAP evaluates, chosen as shap's KernelExplainer chooses them: size classes from the
 * edges inwards (s and m − s) are enumerated whole while the budget covers them at their kernel mass; the other
 * sizes are sampled (a size by its kernel mass, then a uniform subset of it and its complement, a repeat adding
 * weight instead of a row) and share the kernel mass of the sizes not enumerated. Deterministic given `random`.
 */
export function planCoalitions(m: number, budget: number, random: () => number): CoalitionPlan {
  if (!Number.isInteger(m) || m < 2) throw new RangeError(`coalitions need at least 2 players, got ${m}`);
  if (!Number.isInteger(budget) || budget < 1)
    throw new RangeError(`coalition budget must be ≥ 1, got ${budget}`);
  const capacity = Math.min(budget, maxCoalitions(m));
  const masks = new Uint8Array(capacity * m);
  const weights = new Float64Array(capacity);
  const sizeWeights = subsetSizeWeights(m);
  const sizes = sizeWeights.length;
  const paired = Math.floor((m - 1) / 2);
  const remaining = Float64Array.from(sizeWeights);
  let left = budget;
  let count = 0;
  let full = 0;
  for (let s = 1; s <= sizes; s++) {
    const n = binomial(m, s) * (s <= paired ? 2 : 1);
    if ((left * remaining[s - 1]!) / n < 1 - 1e-8) break;
    full++;
    left -= n;
    const rest = 1 - remaining[s - 1]!;
    if (rest > 0) for (let i = 0; i < sizes; i++) remaining[i]! /= rest;
    count = enumerateSize(m, s, s <= paired, sizeWeights[s - 1]! / n, masks, weights, count);
  }
  const fixed = count;
  if (full < sizes && left > 0) {
    count = sampleSizes(m, full, paired, sizeWeights, left, random, masks, weights, count);
    let massLeft = 0;
    for (let i = full; i < sizes; i++) massLeft += sizeWeights[i]!;
    let drawn = 0;
    for (let c = fixed; c < count; c++) drawn += weights[c]!;
    for (let c = fixed; c < count; c++) weights[c] = (weights[c]! * massLeft) / drawn;
  }
  return {
    masks: masks.subarray(0, count * m),
    weights: weights.subarray(0, count),
    count,
    complete: full === sizes,
  };
}

/** Writes every s-subset (lexicographic), each followed by its complement when paired; returns the new count. */
function enumerateSize(
  m: number,
  s: number,
  paired: boolean,
  weight: number,
  masks: Uint8Array,
  weights: Float64Array,
  start: number,
): number {
  let count = start;
  const index = Int32Array.from({ length: s }, (_, i) => i);
  while (true) {
    const at = count * m;
    for (let i = 0; i < s; i++) masks[at + index[i]!] = 1;
    weights[count++] = weight;
    if (paired) {
      const to = count * m;
      for (let j = 0; j < m; j++) masks[to + j] = 1 - masks[at + j]!;
      weights[count++] = weight;
    }
    let k = s - 1;
    while (k >= 0 && index[k] === m - s + k) k--;
    if (k < 0) return count;
    index[k]!++;
    for (let j = k + 1; j < s; j++) index[j] = index[j - 1]! + 1;
  }
}

/** Draws up to `left` coalitions from the sizes not enumerated (at most 4·left draws, as shap bounds them). */
function sampleSizes(
  m: number,
  full: number,
  paired: number,
  sizeWeights: Float64Array,
  budgetLeft: number,
  random: () => number,
  masks: Uint8Array,
  weights: Float64Array,
  start: number,
): number {
  // A paired size yields two coalitions per draw, so it is drawn at half its mass.
  const draw = Float64Array.from(sizeWeights.subarray(full), (w, k) => (full + k + 1 <= paired ? w / 2 : w));
  const drawTotal = draw.reduce((a, b) => a + b, 0);
  const order = Int32Array.from({ length: m }, (_, i) => i);
  const seen = new Map<string, number>();
  let left = budgetLeft;
  let count = start;
  for (let d = 0, draws = 4 * budgetLeft; d < draws && left > 0; d++) {
    let u = random() * drawTotal;
    let k = 0;
    while (k < draw.length - 1 && u >= draw[k]!) u -= draw[k++]!;
    const s = full + k + 1;
    shuffleFront(order, s, random);
    const at = count * m;
    masks.fill(0, at, at + m);
    for (let i = 0; i < s; i++) masks[at + order[i]!] = 1;
    const key = maskKey(masks, at, m, 0);
    const prior = seen.get(key);
    if (prior !== undefined) {
      weights[prior]!++;
      if (s <= paired) weights[seen.get(maskKey(masks, at, m, 1))!]!++;
      continue;
    }
    seen.set(key, count);
    weights[count++] = 1;
    left--;
    if (left > 0 && s <= paired) {
      const to = count * m;
      for (let j = 0; j < m; j++) masks[to + j] = 1 - masks[at + j]!;
      seen.set(maskKey(masks, to, m, 0), count);
      weights[count++] = 1;
      left--;
    }
  }
  return count;
}

/** The mask at `at` (flipped when `flip` is 1) packed 16 players to a UTF-16 unit, as a map key. */
function maskKey(masks: Uint8Array, at: number, m: number, flip: number): string {
  let key = "";
  for (let i = 0; i < m; i += 16) {
    let unit = 0;
    for (let b = 0; b < 16 && i + b < m; b++) unit |= (masks[at + i + b]! ^ flip) << b;
    key += String.fromCharCode(unit);
  }
  return key;
}
