/** One condition of a slice: a category, a numerical range [lower, upper), or a missing value. */
export type SliceCondition =
  | { readonly feature: string; readonly kind: "category"; readonly value: string }
  | {
      readonly feature: string;
      readonly kind: "range";
      /** Inclusive; null is −∞. */
      readonly lower: number | null;
      /** Exclusive; null is +∞. */
      readonly upper: number | null;
    }
  | { readonly feature: string; readonly kind: "missing" };

export interface Slice {
  /** One condition, or two on different features (all must hold). */
  readonly conditions: readonly SliceCondition[];
  readonly size: number;
  /** size / the rows searched (drift: the current window's rows). */
  readonly share: number;
  /** The slice's metric: accuracy or mean error; for drift, its share of the current rows. */
  readonly value: number;
  /** The same over the rest of the rows; for drift, the slice's share of the baseline's rows. */
  readonly rest: number;
  /** How much worse than the rest (accuracy: rest − value; error: value − rest; drift: value − rest). */
  readonly difference: number;
  /** z (two-proportion) or t (Welch), slice against rest (drift: current against baseline). */
  readonly statistic: number;
  readonly pValue: number;
  /** Benjamini–Hochberg over every slice tested. */
  readonly adjustedPValue: number;
  readonly significant: boolean;
  /** With a baseline (accuracy and error): the slice's value there; null when it lacks the features or rows. */
  readonly baseline?: number | null;
  /** The rest's value in the baseline. */
  readonly baselineRest?: number | null;
  /** How much the gap to the rest widened since the baseline (difference − the baseline's difference). */
  readonly change?: number | null;
}

export interface SliceOptions {
  /** A slice needs this share of the rows searched; default 0.01. */
  readonly minShare?: number;
  /** And at least this many rows; default 50. */
  readonly minRows?: number;
  /** Quantile bins per numerical feature; default 5. */
  readonly bins?: number;
  /** Categories per feature considered, most frequent first; default 50. */
  readonly maxCategories?: number;
  /** Also test conjunctions of two conditions; default true. */
  readonly pairs?: boolean;
  /** Single conditions whose features are paired, the worst first; default 30. */
  readonly pairSeeds?: number;
  /** Significance level of the adjusted p-values; default 0.05. */
  readonly alpha?: number;
  /** Slices returned; default 20. */
  readonly limit?: number;
}

export interface SliceSearch {
  /**
   * Worse than the rest only, worst first: significant slices before the others, each group by difference × √size
   * — with a baseline, by the change of that difference, so a slice that was always harder ranks below one that got
   * worse. A conjunction appears only when it is significantly worse than each of its two conditions alone.
   */
  readonly slices: readonly Slice[];
  /** Slices tested (the Benjamini–Hochberg family). */
  readonly tested: number;
  /** Rows searched: those with a known outcome (drift: the current window's rows). */
  readonly rows: number;
  /** The metric over every row searched (drift: 1). */
  readonly overall: number;
}
