/** A comparison of a newly registered version (the candidate) with the current one (the baseline). */
export interface NewComparison {
  readonly model: string;
  readonly candidate: string;
  readonly baseline: string;
  /** The labelled window both are measured on, [from, to) in epoch ms. */
  readonly window: { readonly from: number; readonly to: number };
  /** The retrain run (and the alert behind it) that led to the candidate; null when made by hand. */
  readonly trigger: {
    readonly alertId: string | null;
    readonly actionId: string | null;
    readonly runId: string | null;
  } | null;
}

export interface Comparison extends NewComparison {
  readonly id: string;
  readonly status: "pending" | "done" | "failed";
  readonly result: ComparisonResult | null;
  readonly error: string | null;
  readonly createdAt: number;
  readonly completedAt: number | null;
}

/** Metrics of one side: the report's performance fields, and business metrics by name. */
export interface SideMetrics {
  readonly metrics: Readonly<Record<string, number | null>> | null;
  readonly business: Readonly<Record<string, number | null>>;
}

export interface ComparisonResult {
  /** Offline benchmarks as registered, metric by metric. */
  readonly benchmark: readonly {
    readonly metric: string;
    readonly baseline: number | null;
    readonly candidate: number | null;
  }[];
  /** The baseline's logged predictions in the window, on its labelled rows. */
  readonly production: ({ readonly rows: number; readonly labelled: number } & SideMetrics) | null;
  /**
   * Historical replay: the window's labelled rows (whichever version served them, at most REPLAY_ROWS) through the
   * candidate's endpoint, beside the predictions that were served on the same rows. Null without an endpoint.
   */
  readonly replay: {
    readonly rows: number;
    readonly served: SideMetrics;
    readonly candidate: SideMetrics;
  } | null;
  /** Why there is no replay, when there is none. */
  readonly replayNote: string | null;
}
