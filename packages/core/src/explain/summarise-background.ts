import { InputError } from "../errors.js";
import type { FeatureRow } from "../importance/predict-rows.js";
import type { FeatureValue } from "../records/types.js";
import { seededRandom } from "../stats/seeded-random.js";
import type { Background } from "./background.js";
import { encodeMixedRows, type FeatureKind, type MixedEncoding, numericValue } from "./mixed-encoding.js";
import { mixedKMeans } from "./mixed-k-means.js";

/**
 * A k-row summary of background rows for Kernel SHAP, like shap.kmeans but for mixed data: seeded k-means over
 * standardised numbers and scaled one-hot categories, each cluster then stood for by a real-looking row (numbers:
 * the members' mean snapped to the nearest value a member holds; categories: the members' most frequent one; null
 * when every member misses it) weighted by its share of the rows. With no more rows than k, the rows themselves.
 */
export function summariseBackground(
  rows: readonly FeatureRow[],
  kinds: readonly FeatureKind[],
  k = 50,
  seed = 0,
): Background {
  const n = rows.length;
  if (n === 0) throw new InputError("TELLTALE_BAD_OPTION", "a background summary needs at least one row");
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  rows.forEach((row, i) => {
    if (row.length !== kinds.length) {
      throw new RangeError(`row ${i} has ${row.length} values for ${kinds.length} feature kinds`);
    }
  });
  if (n <= k) return { rows: rows.map((row) => row.slice()), weights: new Float64Array(n).fill(1 / n) };
  const enc = encodeMixedRows(rows, kinds);
  const assignment = mixedKMeans(enc, k, seededRandom(seed));
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[assignment[i]!]!.push(i);
  const out: FeatureRow[] = [];
  const weights: number[] = [];
  for (const list of members) {
    if (list.length === 0) continue;
    out.push(representative(rows, kinds.length, enc, list));
    weights.push(list.length / n);
  }
  return { rows: out, weights: Float64Array.from(weights) };
}

/** The row standing for one cluster's members (row indices, ascending). */
function representative(
  rows: readonly FeatureRow[],
  width: number,
  enc: MixedEncoding,
  list: readonly number[],
): FeatureRow {
  const row: FeatureValue[] = new Array<FeatureValue>(width).fill(null);
  for (const j of enc.numerical) {
    let sum = 0;
    let count = 0;
    for (const i of list) {
      const x = numericValue(rows[i]![j]);
      if (Number.isNaN(x)) continue;
      sum += x;
      count++;
    }
    let best = Number.POSITIVE_INFINITY;
    for (const i of list) {
      const gap = Math.abs(numericValue(rows[i]![j]) - sum / count);
      if (gap < best) {
        best = gap;
        row[j] = rows[i]![j]!;
      }
    }
  }
  const dc = enc.categorical.length;
  enc.categorical.forEach((j, f) => {
    const tally = new Int32Array(enc.levels[f]!);
    for (const i of list) {
      const code = enc.codes[i * dc + f]!;
      if (code >= 0) tally[code]!++;
    }
    let mode = -1;
    for (let code = 0; code < tally.length; code++)
      if (tally[code]! > (mode < 0 ? 0 : tally[mode]!)) mode = code;
    // A member's own value, so a boolean or a number stays what the rows held.
    if (mode >= 0) row[j] = rows[list.find((i) => enc.codes[i * dc + f] === mode)!]![j]!;
  });
  return row;
}
