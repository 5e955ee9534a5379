import type { FeatureRow, PredictRows } from "../importance/predict-rows.js";
import { seededRandom } from "../stats/seeded-random.js";
import type { Background } from "./background.js";

/** A `predict` from a function of one row. */
export const rowwise =
  (f: (row: FeatureRow) => number): PredictRows =>
  async (rows) =>
    Float64Array.from(rows, f);

/** A seeded background of numbers in [−2, 2), the last feature a category a/b/c when asked, unequal weights. */
export function randomBackground(m: number, rows: number, seed: number, category = false): Background {
  const random = seededRandom(seed);
  const out: FeatureRow[] = Array.from({ length: rows }, () =>
    Array.from({ length: m }, (_, j) =>
      category && j === m - 1 ? ["a", "b", "c"][Math.floor(random() * 3)]! : random() * 4 - 2,
    ),
  );
  const raw = Float64Array.from(out, () => random() + 0.1);
  const sum = raw.reduce((s, w) => s + w, 0);
  return { rows: out, weights: raw.map((w) => w / sum) };
}

export const sumOf = (values: Float64Array): number => values.reduce((s, v) => s + v, 0);

export const maxGap = (a: Float64Array, b: Float64Array): number =>
  a.reduce((worst, x, j) => Math.max(worst, Math.abs(x - b[j]!)), 0);
