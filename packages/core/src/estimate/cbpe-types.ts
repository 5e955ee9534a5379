import type { CalibrationMode } from "./calibrate-scores.js";

/** What CBPE estimates, NannyML's metric set, in the order results list them. */
export const ESTIMATED_METRIC_NAMES = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "specificity",
  "rocAuc",
] as const;

export type EstimatedMetricName = (typeof ESTIMATED_METRIC_NAMES)[number];

/** An estimate with its sampling error and the ±3 standard-error band, clipped to [0, 1] as NannyML does. */
export interface EstimatedMetric {
  readonly value: number | null;
  readonly standardError: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Every metric's estimate for the rows used (rows with a missing score or prediction are skipped). */
export type CbpeEstimate = Readonly<Record<EstimatedMetricName, EstimatedMetric>> & { readonly rows: number };

/** Row indices into the input's arrays (a time bucket); all rows when absent. */
export type RowSelection = Int32Array | readonly number[];

/** Binary model outputs: P(positive) per row (NaN missing) and the prediction, 1 positive, 0 negative, else missing. */
export interface BinaryCbpeInput {
  readonly scores: Float64Array;
  readonly predicted: Uint8Array;
  readonly rows?: RowSelection;
}

/** Multiclass model outputs: one score column per class (fit's order, NaN missing) and the predicted class index (-1 missing). */
export interface MulticlassCbpeInput {
  readonly classScores: readonly Float64Array[];
  readonly predicted: Int32Array;
  readonly rows?: RowSelection;
}

export type CbpeInput = BinaryCbpeInput | MulticlassCbpeInput;

/** Reference rows with labels: binary labels 1 positive, 0 negative (else missing); multiclass class indices (-1 missing). */
export type CbpeReference =
  | {
      readonly task: "binary";
      readonly scores: Float64Array;
      readonly predicted: Uint8Array;
      readonly labels: Uint8Array;
    }
  | {
      readonly task: "multiclass";
      readonly classScores: readonly Float64Array[];
      readonly predicted: Int32Array;
      readonly labels: Int32Array;
    };

export interface CbpeOptions {
  /** Rows per chunk for `standardErrors()`; default ⌊reference rows / 10⌋, NannyML's DefaultChunker. */
  readonly chunkSize?: number;
  /** Default "auto" (NannyML's needs_calibration). */
  readonly calibration?: CalibrationMode;
  /** Seed of needs_calibration's stratified splits; default 42. */
  readonly seed?: number;
}

export interface CbpeModel {
  readonly task: "binary" | "multiclass";
  /** Whether isotonic calibration is applied; per class for multiclass. */
  readonly calibrated: boolean | readonly boolean[];
  /** Reference rows used (with score, prediction and label). */
  readonly referenceRows: number;
  readonly chunkSize: number;
  /** Estimates for the input's rows (or its `rows` subset), each with a ±3 standard-error band. */
  estimate(input: CbpeInput): CbpeEstimate;
  /** The standard error each metric's estimate has on a chunk of `rows` rows (default `chunkSize`). */
  standardErrors(rows?: number): Readonly<Record<EstimatedMetricName, number | null>>;
}
