export interface AttributionColumn {
  readonly name: string;
  /** One attribution per row (e.g. SHAP values); NaN where the row has none. */
  readonly values: Float64Array;
}

export interface MeanAbsoluteImportance {
  readonly feature: string;
  /** Mean |attribution| over the finite values, in the attribution's unit; null when there are none. */
  readonly importance: number | null;
  /** Finite values averaged. */
  readonly count: number;
}

/**
 * Global importance from local attributions: mean |attribution| per feature (SHAP's and Clarify's `mean_abs`),
 * over the rows listed in `rows` (all rows when absent), skipping NaN and infinite values; input order is kept.
 */
export function meanAbsoluteImportance(
  columns: readonly AttributionColumn[],
  rows?: Int32Array,
): MeanAbsoluteImportance[] {
  return columns.map(({ name, values }) => {
    let sum = 0;
    let count = 0;
    const length = rows ? rows.length : values.length;
    for (let at = 0; at < length; at++) {
      const row = rows ? rows[at]! : at;
      if (row < 0 || row >= values.length) {
        throw new RangeError(`row ${row} is outside column '${name}' (${values.length} values)`);
      }
      const v = values[row]!;
      if (Number.isFinite(v)) {
        sum += Math.abs(v);
        count++;
      }
    }
    return { feature: name, importance: count > 0 ? sum / count : null, count };
  });
}
