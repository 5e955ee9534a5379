import { type DetectorResult, detect } from "@telltale/core";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Condition } from "./monitor-spec.js";

/** A metric's past values in windows of the monitor's length (null where a window had no usable value). */
export interface MetricHistory {
  readonly values: readonly (number | null)[];
  /** Each window's start, epoch ms. */
  readonly starts: readonly number[];
}

type HistoryCondition = Extract<Condition, { type: "anomaly" } | { type: "changepoint" }>;

function run(
  condition: HistoryCondition,
  history: MetricHistory,
  value: number,
  start: number,
): DetectorResult {
  const input = {
    values: history.values,
    timestamps: history.starts,
    current: value,
    currentTimestamp: start,
  };
  const sensitivity = condition.sensitivity;
  switch (condition.method) {
    case "seasonal":
      return detect("seasonal", input, { sensitivity, season: condition.season });
    case "mad":
    case "ewma":
    case "cusum":
    case "pagehinkley":
      return detect(condition.method, input, { sensitivity });
  }
}

/**
 * Anomaly and change-point conditions: core's detector on the metric's own history, the current window as its
 * latest point (stamped with the window's start, which the seasonal detector matches to the same time of day or
 * week). Too little history is no data, never an alert.
 */
export function historyDecision(
  condition: HistoryCondition,
  history: MetricHistory,
  value: number,
  currentStart: number,
): Pick<MonitorEvaluation, "status" | "reason" | "compared" | "lower" | "upper"> {
  const result = run(condition, history, value, currentStart);
  if (result.status === "insufficient") return { status: "nodata", reason: `history: ${result.reason}` };
  return {
    status: result.status === "anomalous" ? "breach" : "ok",
    reason: result.reason,
    compared: result.expected,
    lower: result.lower,
    upper: result.upper,
  };
}
