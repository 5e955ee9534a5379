/** GET /api/v1/models/:m/predictions/:id/explanation: Kernel SHAP of one stored prediction. */
export interface PredictionExplanation {
  readonly id: string;
  readonly version: string;
  readonly method: string;
  /** What is explained: P(positive) for binary, the predicted class's probability for multiclass, the value for regression. */
  readonly output: number;
  /** The mean output over the background (the reference summarised by k-means). */
  readonly expectedValue: number;
  /** True when every coalition was enumerated (few features): exact Shapley values. */
  readonly exact: boolean;
  readonly evaluations: number;
  readonly background: number;
  /** Largest |attribution| first. */
  readonly attributions: readonly {
    readonly feature: string;
    readonly value: string | number | null;
    readonly attribution: number;
  }[];
  /** Σ attribution = output − expectedValue. */
  readonly sum: number;
}
