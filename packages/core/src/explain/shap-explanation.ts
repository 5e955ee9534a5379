/** One instance's feature attributions; `values` sum to `output − expectedValue`. */
export interface ShapExplanation {
  /** φ per feature, in feature order, in the model output's unit. */
  readonly values: Float64Array;
  /** E_background[f], weighted. */
  readonly expectedValue: number;
  /** f(instance). */
  readonly output: number;
  /** Every coalition was evaluated, so the values are the exact Shapley values. */
  readonly exact: boolean;
  /** Rows sent to the model. */
  readonly evaluations: number;
}
