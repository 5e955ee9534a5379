import { InputError } from "../errors.js";
import type { FeatureRow } from "../importance/predict-rows.js";

/** Rows that stand for "feature unknown" in Shapley values, weighted (the weights sum to 1). */
export interface Background {
  readonly rows: readonly FeatureRow[];
  readonly weights: Float64Array;
}

/**
 * The background's weights scaled to sum 1, after checking it has rows, one finite non-negative weight per row
 * and rows `width` values wide; an empty background is an InputError, a malformed one a RangeError.
 */
export function normalisedWeights(background: Background, width: number): Float64Array {
  const { rows, weights } = background;
  if (rows.length === 0) {
    throw new InputError("TELLTALE_BAD_OPTION", "Kernel SHAP needs a background with at least one row");
  }
  if (weights.length !== rows.length) {
    throw new RangeError(`background has ${rows.length} rows but ${weights.length} weights`);
  }
  let total = 0;
  for (let b = 0; b < rows.length; b++) {
    const w = weights[b]!;
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`background weight ${b} is ${w}, not ≥ 0`);
    if (rows[b]!.length !== width) {
      throw new RangeError(`background row ${b} has ${rows[b]!.length} values, the instance ${width}`);
    }
    total += w;
  }
  if (!(total > 0)) throw new RangeError("background weights sum to 0");
  return weights.map((w) => w / total);
}
