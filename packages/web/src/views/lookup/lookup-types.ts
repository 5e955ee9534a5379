import type { PredictionFeedback } from "../../api/types";

/** GET /api/v1/models/:m/predictions/:id: one stored prediction (the server's StoredPrediction). */
export interface StoredPrediction {
  readonly id: string;
  readonly version: string;
  /** The event time the caller sent. */
  readonly timestamp: string;
  /** When the server stored it. */
  readonly receivedAt: string;
  readonly prediction: string | number;
  /** A binary model's positive-class probability, or per-class probabilities for multiclass. */
  readonly score: number | Readonly<Record<string, number>> | null;
  readonly label: string | number | null;
  readonly labelTimestamp: string | null;
  readonly features: Readonly<Record<string, number | string | null>>;
  readonly segment: Readonly<Record<string, string | null>>;
  readonly attributions: Readonly<Record<string, number>> | null;
  /** User feedback, oldest first; absent from servers before feedback. */
  readonly feedback?: readonly PredictionFeedback[];
}

export type QualityFlagKind = "missing" | "outOfRange" | "unseenCategory";

export interface QualityFlag {
  readonly feature: string;
  readonly kind: QualityFlagKind;
  readonly message: string;
}

export interface NumericalReference {
  /** Where the value falls among the reference's values, 0–100; null when the value is missing. */
  readonly percentile: number | null;
  readonly min: number;
  readonly max: number;
  readonly p05: number;
  readonly p50: number;
  readonly p95: number;
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
}

export interface CategoricalReference {
  /** The value's share of the reference rows, 0–1 (0: never seen). */
  readonly share: number;
  /** The reference's most common categories with their shares, most common first. */
  readonly top: readonly { readonly value: string; readonly share: number }[];
}

export type FeatureReference =
  | { readonly numerical: NumericalReference }
  | { readonly categorical: CategoricalReference };

export interface FeatureInContext {
  readonly name: string;
  readonly kind: "numerical" | "categorical";
  readonly value: number | string | null;
  readonly reference: FeatureReference | null;
}

/** GET /api/v1/models/:m/predictions/:id/context. */
export interface PredictionContext {
  readonly prediction: StoredPrediction;
  readonly referenceVersion: string | null;
  readonly flags: readonly QualityFlag[];
  readonly features: readonly FeatureInContext[];
}

/** What the lookup view shows, from the context endpoint or, where the server lacks it, the bare prediction. */
export interface LookupResult {
  readonly prediction: StoredPrediction;
  readonly referenceVersion: string | null;
  /** Null when the server could not say (no context endpoint), which is not the same as "no flags". */
  readonly flags: readonly QualityFlag[] | null;
  readonly features: readonly FeatureInContext[];
  readonly source: "context" | "prediction";
}
