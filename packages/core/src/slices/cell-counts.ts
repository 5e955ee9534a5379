/** Rows (and, with `values`, their outcome sum) per cell of one coding or of a pair, over some rows. */
export interface CellCounts {
  readonly n: Float64Array;
  readonly sum: Float64Array;
}

/**
 * Counts `rows` by cell: a row's cell is its codes combined in `widths` order (a pair's cell is a·width_b + b); a
 * row with a negative code is in no cell.
 */
export function countCells(
  codes: readonly Int32Array[],
  widths: readonly number[],
  rows: Int32Array,
  values?: ArrayLike<number>,
): CellCounts {
  const cells = widths.reduce((p, w) => p * w, 1);
  const n = new Float64Array(cells);
  const sum = new Float64Array(cells);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    let cell = 0;
    let skip = false;
    for (let f = 0; f < codes.length; f++) {
      const c = codes[f]![i]!;
      if (c < 0) {
        skip = true;
        break;
      }
      cell = cell * widths[f]! + c;
    }
    if (skip) continue;
    n[cell]!++;
    if (values) sum[cell]! += values[i]!;
  }
  return { n, sum };
}
