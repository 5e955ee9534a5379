import type { SourceColumn } from "../table.js";

/** What the monitoring functions need to know about a model. */
export interface ModelSpec {
  readonly task: "binary" | "multiclass" | "regression";
  readonly features: readonly { readonly name: string; readonly kind: "numerical" | "categorical" }[];
  readonly positiveLabel?: string;
  /** Feature or segment columns that fairness is measured across (binary tasks). */
  readonly sensitive?: readonly string[];
}

/** Rows of a window of traffic or of a reference, as typed columns. Missing values: NaN or code -1. */
export interface MonitoredRows {
  readonly rows: number;
  /** By feature name; a feature may be absent from one side. */
  readonly features: readonly SourceColumn[];
  readonly segments?: readonly SourceColumn[];
  /** Categorical for classification, numerical for regression. */
  readonly prediction?: SourceColumn;
  /** Ground truth; missing where it has not arrived. */
  readonly label?: SourceColumn;
  /** Binary: the positive class's probability. */
  readonly score?: SourceColumn;
  /** Multiclass: one probability column per class. */
  readonly classScores?: readonly { readonly label: string; readonly values: Float64Array }[];
}
