/** Shapes of the API answers the dashboard reads; the server's zod views are the source of truth. */
export type { Report } from "@telltale/core";

export type Task = "binary" | "multiclass" | "regression";

export interface FeatureInfo {
  readonly name: string;
  readonly kind: "numerical" | "categorical";
}

export interface ModelInfo {
  readonly name: string;
  readonly task: Task;
  readonly features: readonly FeatureInfo[];
  readonly segments: readonly string[];
  readonly sensitive: readonly string[];
  readonly positiveLabel: string | null;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Whether a feedback correction also becomes the prediction's label; absent from servers before feedback. */
  readonly correctionsAsLabels?: boolean;
}

export interface VersionInfo {
  readonly version: string;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly metrics: Readonly<Record<string, number>>;
  readonly endpoint: string | null;
  readonly createdAt: string;
  readonly reference: {
    readonly rows: number;
    readonly columns: readonly string[];
    readonly uploadedAt: string;
  } | null;
}

export interface AliasInfo {
  readonly alias: string;
  readonly version: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface SeriesPoint {
  readonly start: string;
  readonly value: number | null;
  readonly count: number;
}

export interface Series {
  readonly metric: string;
  readonly points: readonly SeriesPoint[];
}

export interface Timeseries {
  readonly interval: string;
  readonly from: string;
  readonly to: string;
  readonly series: readonly Series[];
}

export type AlertStateName = "pending" | "firing" | "resolved" | "ok";

export interface AlertInfo {
  readonly id: string;
  readonly model: string;
  readonly monitorId: string;
  readonly fingerprint: string;
  readonly state: AlertStateName;
  readonly startedAt: string;
  readonly firingAt: string | null;
  readonly resolvedAt: string | null;
  readonly value: number | null;
  readonly reason: string;
  readonly silencedBy: string | null;
  readonly timeline: readonly {
    readonly at: string;
    readonly state: string;
    readonly value: number | null;
    readonly reason: string;
  }[];
}

export type FeedbackKind = "thumbs" | "rating" | "correction" | "comment";

/** One user feedback record on a prediction, as GET …/predictions/:id lists it (oldest first). */
export interface PredictionFeedback {
  readonly kind: FeedbackKind;
  /** thumbs: true is up; rating: the number; correction: the label (a number for regression); comment: text. */
  readonly value: boolean | number | string;
  readonly user: string | null;
  readonly timestamp: string;
}

/** One side's metrics in a comparison: the report's performance fields (some not numbers) and business metrics. */
export interface ComparisonSideMetrics {
  readonly metrics: Readonly<Record<string, unknown>> | null;
  readonly business: Readonly<Record<string, number | null>>;
}

export type ComparisonStatus = "pending" | "done" | "failed";

/** GET /api/v1/models/:m/comparisons/:id: a new version (candidate) against the current one (baseline). */
export interface Comparison {
  readonly id: string;
  readonly model: string;
  readonly candidate: string;
  readonly baseline: string;
  /** The labelled window both are measured on, ISO [from, to). */
  readonly window: { readonly from: string; readonly to: string };
  /** The retrain run (and the alert behind it) that led to the candidate; null when started by hand. */
  readonly trigger: {
    readonly alertId: string | null;
    readonly actionId: string | null;
    readonly runId: string | null;
  } | null;
  readonly status: ComparisonStatus;
  readonly error: string | null;
  readonly createdAt: string;
  readonly completedAt: string | null;
  /** The offline metrics both versions registered. */
  readonly benchmark: readonly {
    readonly metric: string;
    readonly baseline: number | null;
    readonly candidate: number | null;
  }[];
  /** The baseline's logged predictions in the window, measured on their labelled rows; null without rows. */
  readonly production: ({ readonly rows: number; readonly labelled: number } & ComparisonSideMetrics) | null;
  /** The window's labelled rows through the candidate's endpoint beside the predictions served on the same rows. */
  readonly replay: {
    readonly rows: number;
    readonly served: ComparisonSideMetrics;
    readonly candidate: ComparisonSideMetrics;
  } | null;
  /** Why there is no replay, when there is none. */
  readonly replayNote: string | null;
}

/** A comparison as an alert lists it (`GET /api/v1/alerts` → `comparisons`). */
export interface ComparisonSummary {
  readonly id: string;
  readonly candidate: string;
  readonly baseline: string;
  readonly status: ComparisonStatus;
}
