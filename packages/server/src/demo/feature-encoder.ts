import type { FeatureValue } from "@telltale/core";

type Row = Readonly<Record<string, FeatureValue>>;

export interface FeatureEncoderSpec {
  readonly numerical: readonly string[];
  readonly categorical: readonly string[];
}

/** What encoding learnt from the training rows; plain data, so a trained model can be described or saved. */
export interface FeatureEncoder {
  readonly numerical: readonly { readonly name: string; readonly mean: number; readonly std: number }[];
  readonly categorical: readonly { readonly name: string; readonly categories: readonly string[] }[];
  /** Columns of the design matrix: the numerical ones, then one per category in the order above. */
  readonly width: number;
  /** `age`, …, `sex=Female`, … — one name per design-matrix column. */
  readonly columnNames: readonly string[];
}

const numberOf = (v: FeatureValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

const categoryOf = (v: FeatureValue | undefined): string | null =>
  v === null || v === undefined ? null : String(v);

/**
 * Learns the mean and population standard deviation (scikit-learn's StandardScaler) of each numerical feature
 * over its non-null values, and the sorted categories of each categorical feature.
 */
export function fitFeatureEncoder(rows: readonly Row[], spec: FeatureEncoderSpec): FeatureEncoder {
  const numerical = spec.numerical.map((name) => {
    let n = 0;
    let sum = 0;
    for (const row of rows) {
      const v = numberOf(row[name]);
      if (v !== null) {
        n++;
        sum += v;
      }
    }
    const mean = n === 0 ? 0 : sum / n;
    let squares = 0;
    for (const row of rows) {
      const v = numberOf(row[name]);
      if (v !== null) squares += (v - mean) ** 2;
    }
    const std = n === 0 ? 0 : Math.sqrt(squares / n);
    // A constant column is left centred, not divided by zero (StandardScaler's rule).
    return { name, mean, std: std > 0 ? std : 1 };
  });
  const categorical = spec.categorical.map((name) => {
    const seen = new Set<string>();
    for (const row of rows) {
      const v = categoryOf(row[name]);
      if (v !== null) seen.add(v);
    }
    return { name, categories: [...seen].sort() };
  });
  const columnNames = [
    ...numerical.map((f) => f.name),
    ...categorical.flatMap((f) => f.categories.map((c) => `${f.name}=${c}`)),
  ];
  return { numerical, categorical, width: columnNames.length, columnNames };
}

/** Category → design-matrix column, built once per encoder. */
const columnIndex = new WeakMap<FeatureEncoder, readonly Map<string, number>[]>();

function categoryColumns(encoder: FeatureEncoder): readonly Map<string, number>[] {
  let maps = columnIndex.get(encoder);
  if (!maps) {
    let next = encoder.numerical.length;
    maps = encoder.categorical.map((f) => new Map(f.categories.map((c) => [c, next++] as const)));
    columnIndex.set(encoder, maps);
  }
  return maps;
}

/**
 * Writes one row's encoding at `offset`: numerical values standardised (null → 0, the training mean), one-hot
 * categories (null or a category training never saw → all zeros).
 */
export function encodeRowInto(encoder: FeatureEncoder, row: Row, out: Float64Array, offset: number): void {
  const { numerical } = encoder;
  for (let j = 0; j < numerical.length; j++) {
    const f = numerical[j]!;
    const v = numberOf(row[f.name]);
    out[offset + j] = v === null ? 0 : (v - f.mean) / f.std;
  }
  const maps = categoryColumns(encoder);
  for (let j = offset + numerical.length; j < offset + encoder.width; j++) out[j] = 0;
  encoder.categorical.forEach((f, k) => {
    const v = categoryOf(row[f.name]);
    const column = v === null ? undefined : maps[k]!.get(v);
    if (column !== undefined) out[offset + column] = 1;
  });
}

/** The row-major design matrix (`rows.length × encoder.width`) of the rows. */
export function encodeFeatures(encoder: FeatureEncoder, rows: readonly Row[]): Float64Array {
  const out = new Float64Array(rows.length * encoder.width);
  rows.forEach((row, i) => {
    encodeRowInto(encoder, row, out, i * encoder.width);
  });
  return out;
}
