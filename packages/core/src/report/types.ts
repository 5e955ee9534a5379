import type { ColumnKind } from "../columns.js";
import type { CalibrationBin } from "../metrics/calibration-error.js";
import type { DriftMethodName } from "../stats/drift/types.js";

export type ColumnRole = "feature" | "target" | "prediction" | "score" | "sensitive";
export type Task = "binary" | "multiclass" | "regression";

export type { CalibrationBin };

export interface ReportColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly role: ColumnRole;
}

/** Binned counts behind a column's chart: numerical columns carry `edges` (bins + 1), categorical ones `categories`. */
export interface Distribution {
  readonly edges?: readonly number[];
  readonly categories?: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
}

export interface DriftColumn {
  readonly column: string;
  readonly role: ColumnRole;
  readonly kind: ColumnKind;
  readonly method: DriftMethodName;
  readonly statistic: number | null;
  readonly pValue: number | null;
  readonly threshold: number;
  readonly drifted: boolean;
  readonly distribution: Distribution;
}

export interface DriftSection {
  readonly columns: readonly DriftColumn[];
  readonly driftedColumns: number;
  readonly totalColumns: number;
  readonly share: number;
  readonly shareThreshold: number;
  readonly datasetDrift: boolean;
}

export interface QualityColumn {
  readonly column: string;
  readonly missing: { readonly reference: number; readonly current: number };
  readonly missingShare: { readonly reference: number | null; readonly current: number | null };
  readonly newCategories: readonly { readonly value: string; readonly count: number }[];
  /** Current values outside the reference [min, max] (numerical columns; 0 otherwise). */
  readonly outOfRange: number;
  readonly constant: { readonly reference: boolean; readonly current: boolean };
  /** Values that are not numbers in a numerical column, on each side. */
  readonly typeErrors: { readonly reference: number; readonly current: number };
}

export interface ClassMetrics {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly specificity: number | null;
  readonly fpr: number | null;
  readonly fnr: number | null;
  readonly support: number;
}

export interface AveragedMetrics {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/**
 * Binary: precision … fnr are for the positive class. Multiclass: they are macro averages, and `averages`
 * and `perClass` hold the rest.
 */
export interface ClassificationMetrics {
  readonly rows: number;
  readonly accuracy: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly specificity: number | null;
  readonly fpr: number | null;
  readonly fnr: number | null;
  readonly rocAuc: number | null;
  readonly prAuc: number | null;
  readonly logLoss: number | null;
  readonly brier: number | null;
  readonly ece: number | null;
  /** The reliability diagram behind `ece` (positive class, or top label for multiclass); null without scores. */
  readonly calibration: readonly CalibrationBin[] | null;
  readonly confusionMatrix: {
    readonly labels: readonly string[];
    readonly matrix: readonly (readonly number[])[];
  };
  readonly averages?: {
    readonly macro: AveragedMetrics;
    readonly micro: AveragedMetrics;
    readonly weighted: AveragedMetrics;
  };
  readonly perClass?: Readonly<Record<string, ClassMetrics>>;
}

export interface RegressionMetrics {
  readonly rows: number;
  readonly mae: number | null;
  readonly rmse: number | null;
  /** A fraction, as scikit-learn's mean_absolute_percentage_error. */
  readonly mape: number | null;
  readonly r2: number | null;
  /** Mean of prediction − target. */
  readonly meanError: number | null;
  readonly maxError: number | null;
  /** Quantiles of prediction − target (numpy's linear interpolation). */
  readonly errorQuantiles: {
    readonly p05: number | null;
    readonly p25: number | null;
    readonly p50: number | null;
    readonly p75: number | null;
    readonly p95: number | null;
  };
}

export interface FairnessGroup {
  readonly group: string;
  readonly count: number;
  readonly selectionRate: number | null;
  readonly tpr: number | null;
  readonly fpr: number | null;
  readonly precision: number | null;
  readonly accuracy: number | null;
  /** With a privileged group: this group's selection rate / the privileged group's. */
  readonly disparateImpact?: number | null;
}

export interface FairnessAttribute {
  readonly attribute: string;
  readonly privileged?: string;
  readonly groups: readonly FairnessGroup[];
  readonly demographicParityDifference: number | null;
  readonly demographicParityRatio: number | null;
  readonly equalOpportunityDifference: number | null;
  readonly equalizedOddsDifference: number | null;
  readonly disparateImpactRatio: number | null;
  readonly fourFifthsRule: boolean | null;
}

export interface Check {
  readonly path: string;
  readonly op: "min" | "max" | "no-drift";
  readonly limit: number | boolean;
  readonly value: number | boolean | null;
  readonly passed: boolean;
}

/** A feature's global importance (mean |attribution|) in the current data and in the baseline. */
export interface FeatureImportance {
  readonly feature: string;
  readonly importance: number | null;
  readonly baseline: number | null;
  /** importance − baseline. */
  readonly change: number | null;
  /** 1 = most important; null when the feature has no attributions on that side. */
  readonly rank: number | null;
  readonly baselineRank: number | null;
}

/** A feature's drift weighted by its importance: a drifted but unimportant feature explains little. */
export interface DriftImpact {
  readonly feature: string;
  readonly method: string | null;
  readonly statistic: number | null;
  /** The drift on which impact is computed: a distance or KS's D as is, 1 − p for tests whose statistic grows with n. */
  readonly score: number | null;
  readonly drifted: boolean;
  readonly importance: number | null;
  /** importance / Σ importance over the features. */
  readonly importanceShare: number | null;
  readonly impact: number | null;
}

/** What drives the model and whether that shifted: from logged attributions (`attribution.<feature>` columns). */
export interface ExplainSection {
  /** Logged attributions, or importance computed through the model's endpoint. */
  readonly source: "logged" | "permutation" | "prediction-change" | "shap";
  readonly importance: readonly FeatureImportance[];
  /** SageMaker Clarify's attribution drift: NDCG of the current importance ranking against the baseline's. */
  readonly ndcg: number | null;
  readonly ndcgThreshold: number;
  readonly attributionDrift: boolean;
  /** Ranked by impact, largest first. */
  readonly driftImpact: readonly DriftImpact[];
}

/** A business metric's value on each side, e.g. the cost of a model's errors. */
export interface BusinessMetricResult {
  readonly name: string;
  readonly expression: string;
  readonly unit: string | null;
  readonly better: "lower" | "higher";
  readonly reference: number | null;
  readonly current: number | null;
  /** current − reference. */
  readonly change: number | null;
}

export interface Report {
  readonly schemaVersion: 1;
  readonly task: Task | null;
  readonly reference: { readonly rows: number };
  readonly current: { readonly rows: number };
  readonly columns: readonly ReportColumn[];
  readonly drift: DriftSection;
  readonly quality: { readonly columns: readonly QualityColumn[] };
  readonly classification?: {
    readonly reference: ClassificationMetrics | null;
    readonly current: ClassificationMetrics | null;
  };
  readonly regression?: {
    readonly reference: RegressionMetrics | null;
    readonly current: RegressionMetrics | null;
  };
  readonly fairness?: readonly FairnessAttribute[];
  readonly explain?: ExplainSection;
  readonly business?: readonly BusinessMetricResult[];
  readonly checks?: readonly Check[];
}
