/**
 * The wire shapes of monitoring: what serving code sends to `POST /predictions` and `/labels`, and what the
 * server answers. The SDK, the server and the dashboard share these types.
 */

export type FeatureValue = number | string | boolean | null;

/** A class label as sent: numbers and booleans are stored as their string form for classification. */
export type LabelValue = string | number | boolean;

export interface PredictionRecord {
  /** Unique per model; a record whose id the model already has is a duplicate and is not stored again. */
  readonly id: string;
  readonly version: string;
  /** ISO 8601 or epoch milliseconds; the server uses the time of receipt when it is absent. */
  readonly timestamp?: string | number;
  readonly features: Readonly<Record<string, FeatureValue>>;
  readonly prediction: LabelValue;
  /** Binary: the positive class's probability; multiclass: class → probability. */
  readonly score?: number | Readonly<Record<string, number>>;
  /** Ground truth when it is known at prediction time. */
  readonly label?: LabelValue;
  readonly segment?: Readonly<Record<string, string | number | boolean | null>>;
  readonly attributions?: Readonly<Record<string, number>>;
}

export interface LabelRecord {
  readonly id: string;
  readonly label: LabelValue;
  readonly timestamp?: string | number;
}

export interface RejectedRecord {
  readonly index: number;
  readonly id?: string;
  readonly code: string;
  readonly message: string;
}

export interface IngestResult {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: readonly RejectedRecord[];
  /** Features seen for the first time in this batch, now part of the model's schema. */
  readonly newFeatures?: readonly string[];
}

export interface LabelResult {
  /** Labels joined to a stored prediction. */
  readonly matched: number;
  /** Labels stored whose prediction has not arrived yet; joined when it does. */
  readonly pending: number;
  readonly rejected: readonly RejectedRecord[];
}

/** The body of every 4xx answer. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: Readonly<Record<string, unknown>>;
  };
}
