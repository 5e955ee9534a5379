import type { FeatureRow } from "../importance/predict-rows.js";

/** A model over rows, synchronous or not: `predict` callbacks and plain test functions alike. */
export type RowsModel = (rows: readonly FeatureRow[]) => Float64Array | Promise<Float64Array>;

/** The model's outputs for `rows`, refused with a RangeError unless there is one finite number per row. */
export async function checkedPredict(predict: RowsModel, rows: readonly FeatureRow[]): Promise<Float64Array> {
  const out = await predict(rows);
  if (out.length !== rows.length) {
    throw new RangeError(`predict returned ${out.length} outputs for ${rows.length} rows`);
  }
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) {
      throw new RangeError(`predict returned a non-finite output (${out[i]}) for row ${i} of ${rows.length}`);
    }
  }
  return out;
}
