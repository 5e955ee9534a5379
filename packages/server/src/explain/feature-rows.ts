import type { FeatureValue, SourceColumn } from "@telltale/core";

/** One row for a model's endpoint: values in the model's feature order. */
export type FeatureRow = readonly FeatureValue[];

/**
 * The rows at `indices` as arrays in `features` order, for a black-box model: numbers stay numbers, categories
 * become their text, and a missing value or a feature the columns lack becomes null.
 */
export function featureRows(
  columns: readonly SourceColumn[],
  features: readonly string[],
  indices: ArrayLike<number>,
): FeatureRow[] {
  const byName = new Map(columns.map((c) => [c.name, c.column] as const));
  const ordered = features.map((f) => byName.get(f));
  const rows: FeatureRow[] = new Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    rows[k] = ordered.map((column) => {
      if (!column) return null;
      if (column.kind === "numerical") {
        const v = column.values[i]!;
        return Number.isFinite(v) ? v : null;
      }
      const c = column.codes[i]!;
      return c < 0 ? null : column.categories[c]!;
    });
  }
  return rows;
}
