/** Shapes of the explain and slices answers (the server's routes are the source of truth). */

export const EXPLAIN_METHODS = ["logged", "permutation", "prediction-change", "shap"] as const;
export type ExplainMethod = (typeof EXPLAIN_METHODS)[number];

export const BASELINES = ["reference", "previous"] as const;
export type Baseline = (typeof BASELINES)[number];

export interface FeatureImportanceRow {
  readonly feature: string;
  /** Mean |attribution| (logged, shap), mean |Δ output| (prediction-change) or metric drop (permutation). */
  readonly importance: number | null;
  readonly baseline: number | null;
  readonly change: number | null;
  readonly rank: number | null;
  readonly baselineRank: number | null;
}

export interface DriftImpactRow {
  readonly feature: string;
  readonly method: string;
  readonly statistic: number | null;
  readonly drifted: boolean;
  readonly importance: number | null;
  readonly importanceShare: number | null;
  /** Drift statistic × share of importance: how much of a change this feature can explain. */
  readonly impact: number | null;
}

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

/** Ranges include `lower` and exclude `upper`; a null bound is open. */
export type SliceCondition =
  | { readonly feature: string; readonly kind: "category"; readonly value: string }
  | {
      readonly feature: string;
      readonly kind: "range";
      readonly lower: number | null;
      readonly upper: number | null;
    }
  | { readonly feature: string; readonly kind: "missing" };

export interface Slice {
  readonly conditions: readonly SliceCondition[];
  readonly label?: string;
  readonly size: number;
  readonly share: number;
  /** The metric inside the slice (for drift: its share of the window's rows). */
  readonly value: number | null;
  /** The metric over the rest of the window (for drift: the slice's share of the baseline). */
  readonly rest: number | null;
  readonly difference: number | null;
  readonly statistic: number | null;
  readonly pValue: number | null;
  /** Benjamini–Hochberg adjusted over every slice tested. */
  readonly adjustedPValue: number | null;
  readonly significant: boolean;
  readonly baseline: number | null;
}

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
