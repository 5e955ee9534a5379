import type { SourceColumn } from "../table.js";
import { columnRows, sourceRows } from "./source-rows.js";

/** How one feature becomes a number: a numerical value, or a category's relative frequency in the reference. */
type Encoder =
  | {
      readonly name: string;
      readonly kind: "numerical";
      readonly fill: number;
      readonly mean: number;
      readonly std: number;
    }
  | {
      readonly name: string;
      readonly kind: "categorical";
      readonly frequency: ReadonlyMap<string, number>;
      readonly fill: number;
      readonly mean: number;
      readonly std: number;
    };

export interface FeatureEncoding {
  readonly names: readonly string[];
  /**
   * Row-major `rows × names.length` matrix of the rows (all, or `rows`) standardised with the reference's mean and
   * population standard deviation; a feature the columns lack reads as its imputed value.
   */
  encode(columns: readonly SourceColumn[], rows?: Int32Array): { matrix: Float64Array; rows: number };
}

/** The raw value of row i: a number (NaN when missing), or the category's text (null when missing). */
function reader(source: SourceColumn | undefined): (i: number) => number | string | null {
  const column = source?.column;
  if (!column) return () => null;
  if (column.kind === "numerical") return (i) => column.values[i]!;
  return (i) => {
    const c = column.codes[i]!;
    return c < 0 ? null : column.categories[c]!;
  };
}

/**
 * NannyML's preprocessing for multivariate drift, fitted on the reference: missing numbers imputed with the mean,
 * missing categories with the most frequent one, categories encoded by their relative frequency in the reference
 * (a category it never saw is 0), then every feature standardised (mean 0, population standard deviation 1; a
 * constant feature is only centred, as scikit-learn's StandardScaler does).
 */
export function fitFeatureEncoding(reference: readonly SourceColumn[]): FeatureEncoding {
  const encoders: Encoder[] = reference.map((source) => {
    const n = columnRows(source.column);
    if (source.column.kind === "numerical") {
      const values = source.column.values;
      let sum = 0;
      let count = 0;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (Number.isFinite(v)) {
          sum += v;
          count++;
        }
      }
      const fill = count > 0 ? sum / count : 0;
      // Imputed rows sit at the mean, so the mean is unchanged and they add nothing to the squares.
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (Number.isFinite(v)) squares += (v - fill) ** 2;
      }
      const std = n > 0 ? Math.sqrt(squares / n) : 0;
      return { name: source.name, kind: "numerical", fill, mean: fill, std: std > 0 ? std : 1 };
    }
    const { codes, categories } = source.column;
    const tally = new Float64Array(categories.length);
    let present = 0;
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      if (c >= 0) {
        tally[c]!++;
        present++;
      }
    }
    let mode = -1;
    for (let c = 0; c < categories.length; c++) {
      if (
        tally[c]! > 0 &&
        (mode < 0 ||
          tally[c]! > tally[mode]! ||
          (tally[c] === tally[mode] && categories[c]! < categories[mode]!))
      )
        mode = c;
    }
    // Imputation happens before encoding, so the mode's frequency counts its imputed rows too.
    if (mode >= 0) tally[mode]! += n - present;
    const frequency = new Map<string, number>();
    for (let c = 0; c < categories.length; c++)
      if (tally[c]! > 0) frequency.set(categories[c]!, tally[c]! / n);
    let sum = 0;
    for (let c = 0; c < categories.length; c++) sum += tally[c]! * (tally[c]! / n);
    const mean = n > 0 ? sum / n : 0;
    let squares = 0;
    for (let c = 0; c < categories.length; c++) squares += tally[c]! * (tally[c]! / n - mean) ** 2;
    const std = n > 0 ? Math.sqrt(squares / n) : 0;
    const fill = mode >= 0 ? tally[mode]! / n : 0;
    return { name: source.name, kind: "categorical", frequency, fill, mean, std: std > 0 ? std : 1 };
  });
  return {
    names: encoders.map((e) => e.name),
    encode(columns, rows) {
      const byName = new Map(columns.map((c) => [c.name, c] as const));
      const total = rows ? rows.length : sourceRows(columns);
      const d = encoders.length;
      const matrix = new Float64Array(total * d);
      encoders.forEach((e, j) => {
        const read = reader(byName.get(e.name));
        for (let k = 0; k < total; k++) {
          const raw = read(rows ? rows[k]! : k);
          let x: number;
          if (e.kind === "numerical") x = typeof raw === "number" && Number.isFinite(raw) ? raw : e.fill;
          else x = raw === null || typeof raw === "number" ? e.fill : (e.frequency.get(raw) ?? 0);
          matrix[k * d + j] = (x - e.mean) / e.std;
        }
      });
      return { matrix, rows: total };
    },
  };
}
