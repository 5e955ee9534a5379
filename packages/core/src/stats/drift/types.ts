/** What every drift method returns. JSON-safe: never NaN or Infinity. */
export interface DriftResult {
  /** null when the statistic is infinite or undefined (e.g. chi-square with a category the reference lacks). */
  readonly statistic: number | null;
  /** null for distances, which have no p-value. */
  readonly pValue: number | null;
  readonly threshold: number;
  readonly drifted: boolean;
}

export type DriftMethodName =
  | "ks"
  | "chisquare"
  | "z"
  | "wasserstein"
  | "psi"
  | "jensenshannon"
  | "kl"
  | "hellinger"
  | "anderson"
  | "cramervonmises"
  | "energy"
  | "ttest"
  | "mannwhitney";
