import type { Slice as CoreSlice, DriftImpact, FeatureImportance } from "@telltale/core";

/** Shapes of the explain and slices answers (the server's routes are the source of truth). */

export const EXPLAIN_METHODS = ["logged", "permutation", "prediction-change", "shap"] as const;
export type ExplainMethod = (typeof EXPLAIN_METHODS)[number];

export const BASELINES = ["reference", "previous"] as const;
export type Baseline = (typeof BASELINES)[number];

/** Rows of the explain answer: core's shapes, as the server sends them. */
export type FeatureImportanceRow = FeatureImportance;
export type DriftImpactRow = DriftImpact;

/** GET /api/v1/models/:m/explain. */
export interface ExplainAnswer {
  readonly from: string;
  readonly to: string;
  readonly version: string | null;
  readonly explainedVersion: string;
  readonly method: ExplainMethod;
  /** Null when there was nothing to compare with. */
  readonly baseline: Baseline | null;
  readonly rows: number;
  /** The sample size when the method ran on a sample of the window. */
  readonly sampled: number | null;
  /** Calls of the model's endpoint (0 for logged attributions). */
  readonly evaluations: number;
  readonly importance: readonly FeatureImportanceRow[];
  readonly ndcg: number | null;
  readonly ndcgThreshold: number;
  readonly attributionDrift: boolean;
  readonly driftImpact: readonly DriftImpactRow[];
}

export const SLICE_METRICS = ["accuracy", "error", "drift"] as const;
export type SliceMetric = (typeof SLICE_METRICS)[number];

export type { SliceCondition } from "@telltale/core";

/** A slice as the server sends it: core's, with its label; `baseline` is the slice's value there, when known. */
export type Slice = Omit<CoreSlice, "baseline"> & {
  readonly label?: string;
  readonly baseline: number | null;
};

/** GET /api/v1/models/:m/slices. */
export interface SlicesAnswer {
  readonly from: string;
  readonly to: string;
  readonly metric: SliceMetric;
  readonly baseline: Baseline;
  readonly rows: number;
  readonly overall: number | null;
  readonly tested: number;
  readonly slices: readonly Slice[];
}
