import { InputError } from "../errors.js";
import type { FeatureRow, PredictRows } from "./predict-rows.js";

/** Throws unless every row has one value per feature, naming the first row that does not. */
export function checkRows(rows: readonly FeatureRow[], features: readonly string[], field: string): void {
  for (let at = 0; at < rows.length; at++) {
    const length = rows[at]!.length;
    if (length !== features.length) {
      throw new InputError(
        "TELLTALE_COLUMN_MISMATCH",
        `${field}[${at}] has ${length} values, expected one per feature (${features.length})`,
        { field, row: at, values: length, features: features.length },
      );
    }
  }
}

/** Calls the model and checks that it answered one output per row. */
export async function predictChecked(
  predict: PredictRows,
  rows: readonly FeatureRow[],
): Promise<Float64Array> {
  const outputs = await predict(rows);
  if (outputs.length !== rows.length) {
    throw new InputError(
      "TELLTALE_COLUMN_MISMATCH",
      `predict returned ${outputs.length} outputs for ${rows.length} rows`,
      { rows: rows.length, outputs: outputs.length },
    );
  }
  return outputs;
}

/** Throws unless `value` is a positive integer; `name` is the option as the caller spells it. */
export function checkCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError("TELLTALE_BAD_OPTION", `${name} must be a positive integer, got ${value}`, {
      option: name,
      value,
    });
  }
}
