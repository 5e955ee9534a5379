import type { ColumnRole } from "./types.js";

/** A reference/current column pair on one footing: one kind, one category dictionary. */
export type PreparedColumn = PreparedNumericalColumn | PreparedCategoricalColumn;

export interface PreparedNumericalColumn {
  readonly name: string;
  readonly kind: "numerical";
  readonly role: ColumnRole;
  /** NaN marks missing values and values that were not numbers (counted in `typeErrors`). */
  readonly reference: Float64Array;
  readonly current: Float64Array;
  readonly typeErrors: { readonly reference: number; readonly current: number };
}

export interface PreparedCategoricalColumn {
  readonly name: string;
  readonly kind: "categorical" | "text";
  readonly role: ColumnRole;
  /** Union of both sides' values, sorted; codes index it, -1 is missing. */
  readonly categories: readonly string[];
  readonly reference: Int32Array;
  readonly current: Int32Array;
  readonly typeErrors: { readonly reference: 0; readonly current: 0 };
}
