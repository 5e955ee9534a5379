import type { FeatureRow } from "../importance/predict-rows.js";
import type { FeatureValue } from "../records/types.js";

export type FeatureKind = "numerical" | "categorical";

/** Rows as k-means sees them: standardised numbers and category codes, one-hot coordinates kept implicit. */
export interface MixedEncoding {
  readonly n: number;
  /** `n × numerical.length`, (x − mean) / sd with missing at 0 (the column mean). */
  readonly numbers: Float64Array;
  /** `n × categorical.length` codes in order of first appearance, −1 for missing. */
  readonly codes: Int32Array;
  /** Level count of each categorical feature. */
  readonly levels: Int32Array;
  readonly numerical: Int32Array;
  readonly categorical: Int32Array;
}

/** A value as a number for a numerical feature: finite numbers, booleans as 0/1, anything else missing (NaN). */
export function numericValue(value: FeatureValue | undefined): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  return typeof value === "number" && Number.isFinite(value) ? value : Number.NaN;
}

/** Standardises numerical features (population sd; a constant column is only centred) and codes categories. */
export function encodeMixedRows(rows: readonly FeatureRow[], kinds: readonly FeatureKind[]): MixedEncoding {
  const n = rows.length;
  const numerical = Int32Array.from(kinds.flatMap((kind, j) => (kind === "numerical" ? [j] : [])));
  const categorical = Int32Array.from(kinds.flatMap((kind, j) => (kind === "categorical" ? [j] : [])));
  const dn = numerical.length;
  const dc = categorical.length;
  const numbers = new Float64Array(n * dn);
  numerical.forEach((j, f) => {
    let sum = 0;
    let count = 0;
    for (const row of rows) {
      const x = numericValue(row[j]);
      if (Number.isNaN(x)) continue;
      sum += x;
      count++;
    }
    const mean = count > 0 ? sum / count : 0;
    let squares = 0;
    for (const row of rows) {
      const x = numericValue(row[j]);
      if (!Number.isNaN(x)) squares += (x - mean) ** 2;
    }
    const sd = squares > 0 ? Math.sqrt(squares / count) : 1;
    for (let i = 0; i < n; i++) {
      const x = numericValue(rows[i]![j]);
      numbers[i * dn + f] = Number.isNaN(x) ? 0 : (x - mean) / sd;
    }
  });
  const codes = new Int32Array(n * dc);
  const levels = new Int32Array(dc);
  categorical.forEach((j, f) => {
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const value = rows[i]![j];
      if (value === null || value === undefined) {
        codes[i * dc + f] = -1;
        continue;
      }
      const key = `${typeof value}:${value}`;
      let code = index.get(key);
      if (code === undefined) {
        code = index.size;
        index.set(key, code);
      }
      codes[i * dc + f] = code;
    }
    levels[f] = index.size;
  });
  return { n, numbers, codes, levels, numerical, categorical };
}
