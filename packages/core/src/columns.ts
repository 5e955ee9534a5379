/** A numerical column: NaN marks a missing value. */
export interface NumericalColumn {
  readonly kind: "numerical";
  readonly values: Float64Array;
}

/** A dictionary-encoded column: `codes[i]` indexes `categories`, -1 marks a missing value. */
export interface CategoricalColumn {
  readonly kind: "categorical";
  readonly codes: Int32Array;
  readonly categories: readonly string[];
}

export type Column = NumericalColumn | CategoricalColumn;

export type ColumnKind = "numerical" | "categorical" | "text";
