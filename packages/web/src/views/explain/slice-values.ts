import type { Task } from "../../api/types";
import { formatDelta, formatMetric } from "../../format/format";
import type { SliceMetric } from "./explain-types";

export interface SliceHeadings {
  readonly value: string;
  readonly rest: string;
  /** Null for traffic shift, whose "rest" already is the baseline. */
  readonly baseline: string | null;
}

/** Column headings for a slice metric: a traffic shift compares shares, the others the metric inside and outside. */
export function sliceHeadings(metric: SliceMetric): SliceHeadings {
  if (metric === "drift") return { value: "Share now", rest: "Share in baseline", baseline: null };
  const name = metric === "accuracy" ? "Accuracy" : "Error";
  return { value: `${name} in slice`, rest: "Rest of window", baseline: "In baseline" };
}

/**
 * The metric name whose unit a slice value has: accuracy, error rate and shares are percentages, a regression's
 * mean absolute error is a plain number.
 */
export function sliceUnit(metric: SliceMetric, task: Task): string {
  if (metric === "error") return task === "regression" ? "mae" : "fnr";
  return metric === "drift" ? "drift.share" : "accuracy";
}

export function sliceValueText(metric: SliceMetric, task: Task, value: number | null): string {
  return formatMetric(sliceUnit(metric, task), value);
}

/** Slice minus the rest (or, for a traffic shift, share now minus share before), signed in the metric's unit. */
export function sliceGapText(
  metric: SliceMetric,
  task: Task,
  value: number | null,
  rest: number | null,
): string {
  return formatDelta(sliceUnit(metric, task), value === null || rest === null ? null : value - rest);
}

/** The whole window's figure, in words for the panel's summary line. */
export function overallText(metric: SliceMetric, task: Task, overall: number | null): string | null {
  if (overall === null || metric === "drift") return null;
  const name =
    metric === "accuracy" ? "accuracy" : task === "regression" ? "mean absolute error" : "error rate";
  return `The window's ${name} is ${sliceValueText(metric, task, overall)}.`;
}
