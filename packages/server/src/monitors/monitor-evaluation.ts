/** What one evaluation of a monitor found; stored in its history and fed to the alert state machine. */
export interface MonitorEvaluation {
  /** The instant evaluated: the end of the window. */
  readonly at: number;
  readonly from: number;
  readonly value: number | null;
  /** Rows behind the value (labelled rows for performance metrics). */
  readonly count: number;
  /**
   * `breach`: the condition holds; `ok`: it does not; `nodata`: no value (no rows, or the metric is undefined on
   * them, or nothing to compare with); `insufficient`: fewer than `minCount` rows, never alerted on.
   */
  readonly status: "ok" | "breach" | "nodata" | "insufficient";
  /** One line for people: what was compared with what. */
  readonly reason: string;
  /** What the value was compared with: the threshold, the previous window's value, the benchmark, the expected. */
  readonly compared?: number | null;
  readonly lower?: number | null;
  readonly upper?: number | null;
  readonly version: string | null;
}
