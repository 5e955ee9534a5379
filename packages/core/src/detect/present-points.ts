/** The finite values of a series with their positions; null, NaN and ±Infinity points are skipped. */
export interface PresentPoints {
  readonly values: Float64Array;
  /** Position of each value in the input series. */
  readonly indices: Int32Array;
}

export function presentPoints(series: readonly (number | null)[]): PresentPoints {
  const values: number[] = [];
  const indices: number[] = [];
  series.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) {
      values.push(v);
      indices.push(i);
    }
  });
  return { values: Float64Array.from(values), indices: Int32Array.from(indices) };
}

export function presentValues(series: readonly (number | null)[]): Float64Array {
  return presentPoints(series).values;
}
