import type { BusinessMetricDefinition } from "../business/business-metric.js";
import type { SourceColumn } from "../table.js";

/** What the monitoring functions need to know about a model. */
export interface ModelSpec {
  readonly task: "binary" | "multiclass" | "regression";
  readonly features: readonly { readonly name: string; readonly kind: "numerical" | "categorical" }[];
  /** Binary: the positive class; without it the report's rule picks one from the labels the rows hold. */
  readonly positiveLabel?: string;
  /** Feature or segment columns that fairness is measured across (binary tasks, report only). */
  readonly sensitive?: readonly string[];
  /** Metrics the model defines over per-window quantities (`business.<name>` in time series). */
  readonly business?: readonly BusinessMetricDefinition[];
}

/**
 * Rows of a window of traffic or of a reference, as typed columns: NaN (or ±Infinity) or code −1 is missing.
 * Every column has `rows` entries.
 */
export interface MonitoredRows {
  readonly rows: number;
  /** By feature name; a feature may be absent from one side. */
  readonly features: readonly SourceColumn[];
  /** Segment columns (categorical); read for the sensitive attributes of fairness. */
  readonly segments?: readonly SourceColumn[];
  /** Categorical for classification, numerical for regression (the other kind is converted as the report does). */
  readonly prediction?: SourceColumn;
  /** Ground truth; missing where it has not arrived yet. */
  readonly label?: SourceColumn;
  /** Binary: the positive class's probability. */
  readonly score?: SourceColumn;
  /** Multiclass: one probability column per class. */
  readonly classScores?: readonly { readonly label: string; readonly values: Float64Array }[];
  /** Logged feature attributions (e.g. SHAP values), one numerical column per feature, named by the feature. */
  readonly attributions?: readonly SourceColumn[];
  /** User feedback per row (current windows), summed over each prediction's feedback records. */
  readonly feedback?: FeedbackColumns;
  /** Epoch milliseconds (current windows); not read by the computations here. */
  readonly timestamps?: Float64Array;
}

/** Per row: how many feedback records the prediction has, its thumbs up and down, and its ratings' sum and count. */
export interface FeedbackColumns {
  readonly count: Float64Array;
  readonly up: Float64Array;
  readonly down: Float64Array;
  readonly ratingSum: Float64Array;
  readonly ratingCount: Float64Array;
}
