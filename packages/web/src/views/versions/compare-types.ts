import type { DriftColumn } from "@telltale/core";

/** One side of GET /compare: the version an alias or name resolved to, its window's metrics and its benchmark. */
export interface CompareSide {
  readonly requested: string;
  readonly version: string;
  /** Predictions of this version in the window. */
  readonly rows: number;
  /** Of those, the ones with a label: production metrics are computed over these. */
  readonly labelled: number;
  /** Core's ClassificationMetrics or RegressionMetrics over the window; null without rows. */
  readonly metrics: Readonly<Record<string, unknown>> | null;
  /** The version's offline benchmark as registered; a business metric's is keyed `business.<name>`. */
  readonly benchmark: Readonly<Record<string, number>>;
  /** Each business metric by name over this version's rows (null without labelled rows); absent on older servers. */
  readonly business?: Readonly<Record<string, number | null>>;
}

/** GET /api/v1/models/:m/compare: `predictionDrift` takes side a as the reference and side b as the current data. */
export interface CompareAnswer {
  readonly window: { readonly from: string; readonly to: string; readonly segment: string | null };
  readonly a: CompareSide;
  readonly b: CompareSide;
  readonly predictionDrift: readonly DriftColumn[];
}

/** GET /api/v1/models/:m/aliases/:alias/history, one change. */
export interface AliasChange {
  readonly alias: string;
  readonly action: "set" | "delete";
  readonly version: string | null;
  readonly previous: string | null;
  readonly at: string;
  /** The API key id that made the change. */
  readonly by: string;
}
