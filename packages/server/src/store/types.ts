import type { BusinessMetricDefinition, Task } from "@telltale/core";

export type KeyScope = "admin" | "ingest";

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly scope: KeyScope;
  /** sha256 of the secret, hex; the secret itself is never stored. */
  readonly hash: string;
  readonly createdAt: number;
  readonly createdBy: string | null;
  readonly revokedAt: number | null;
}

export type FeatureKind = "numerical" | "categorical";

export interface FeatureSpec {
  readonly name: string;
  readonly kind: FeatureKind;
}

export interface NewModel {
  readonly name: string;
  readonly task: Task;
  readonly features: readonly FeatureSpec[];
  readonly segments: readonly string[];
  readonly sensitive: readonly string[];
  readonly positiveLabel: string | null;
  readonly description: string | null;
  readonly tags: readonly string[];
  /** Whether a feedback record of kind `correction` also becomes the prediction's label. */
  readonly correctionsAsLabels: boolean;
}

export interface Model extends NewModel {
  readonly id: number;
  /** Metrics defined over per-window quantities, e.g. a fraud cost (`business.<name>` in time series). */
  readonly business: readonly BusinessMetricDefinition[];
  /** Multiclass: the classes seen in scores, one stored column each. */
  readonly scoreClasses: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface ModelPatch {
  readonly description?: string | null;
  readonly tags?: readonly string[];
  readonly positiveLabel?: string | null;
  readonly sensitive?: readonly string[];
  readonly segments?: readonly string[];
  readonly correctionsAsLabels?: boolean;
}

export interface Version {
  readonly id: number;
  readonly model: string;
  readonly version: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  /** The offline benchmark (e.g. validation F1), shown beside production values. */
  readonly metrics: Readonly<Record<string, number>>;
  readonly endpoint: string | null;
  readonly createdAt: number;
  readonly reference: {
    readonly rows: number;
    readonly columns: readonly string[];
    readonly uploadedAt: number;
  } | null;
}

export interface NewVersion {
  readonly version: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly metrics: Readonly<Record<string, number>>;
  readonly endpoint: string | null;
}

export interface VersionPatch {
  readonly description?: string | null;
  readonly tags?: readonly string[];
  readonly metrics?: Readonly<Record<string, number>>;
  readonly endpoint?: string | null;
}

export interface Alias {
  readonly alias: string;
  readonly version: string;
  readonly updatedAt: number;
  readonly updatedBy: string;
}

export interface AliasChange {
  readonly alias: string;
  readonly action: "set" | "delete";
  readonly version: string | null;
  readonly previous: string | null;
  readonly at: number;
  readonly by: string;
}

/** A validated prediction, ready to store: labels as strings for classification, numbers for regression. */
export interface PredictionRow {
  readonly id: string;
  readonly version: string;
  readonly timestamp: number;
  readonly receivedAt: number;
  readonly prediction: string | number;
  /** Binary: positive-class probability. */
  readonly score: number | null;
  /** Multiclass: class → probability. */
  readonly classScores: Readonly<Record<string, number>> | null;
  readonly label: string | number | null;
  readonly features: Readonly<Record<string, number | string | null>>;
  readonly segments: Readonly<Record<string, string | null>>;
  readonly attributions: Readonly<Record<string, number>> | null;
}

/** User feedback on a prediction: not ground truth, kept beside it. */
export type FeedbackKind = "thumbs" | "rating" | "correction" | "comment";

export interface FeedbackRow {
  /** The prediction's id. */
  readonly id: string;
  readonly kind: FeedbackKind;
  /** thumbs: 1 (up) or 0 (down); rating: the number. */
  readonly number: number | null;
  /** correction: the corrected outcome as text; comment: the text. */
  readonly text: string | null;
  readonly user: string | null;
  readonly timestamp: number;
  readonly receivedAt: number;
  /** The sender's id for this record: a retried record with a key already stored is not stored again. */
  readonly key: string | null;
}

export interface LabelRow {
  readonly id: string;
  readonly label: string | number;
  readonly timestamp: number;
}

export interface StoredPrediction {
  readonly id: string;
  readonly version: string;
  readonly timestamp: string;
  readonly receivedAt: string;
  readonly prediction: string | number;
  readonly score: number | Readonly<Record<string, number>> | null;
  readonly label: string | number | null;
  readonly labelTimestamp: string | null;
  readonly features: Readonly<Record<string, number | string | null>>;
  readonly segment: Readonly<Record<string, string | null>>;
  readonly attributions: Readonly<Record<string, number>> | null;
  /** Feedback on this prediction, oldest first. */
  readonly feedback: readonly StoredFeedback[];
}

export interface StoredFeedback {
  readonly kind: FeedbackKind;
  readonly value: number | string | boolean;
  readonly user: string | null;
  readonly timestamp: string;
}

/** A window of stored predictions: [from, to) in epoch ms, optionally one version and one segment value. */
export interface WindowFilter {
  readonly from: number;
  readonly to: number;
  readonly version?: string;
  readonly segment?: { readonly name: string; readonly value: string };
}
