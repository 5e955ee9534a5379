import type { DriftColumn } from "@telltale/core";
import { sortBySeverity } from "./drift-severity";

/** Roles the drift table lists: the model's inputs and what it answered (target drift is the performance view's). */
const LISTED_ROLES = new Set<DriftColumn["role"]>(["feature", "prediction", "score"]);

/** The report's drift columns (`report.drift.columns`) the table lists, most severely drifted first. */
export function driftRows(columns: readonly DriftColumn[]): DriftColumn[] {
  return sortBySeverity(columns.filter((c) => LISTED_ROLES.has(c.role)));
}

/** The time-series metric of a feature's drift statistic; the server tracks features only, not outputs. */
export function driftMetric(feature: string): string {
  return `drift.${feature}`;
}

/** One `drift.<f>` metric per feature row, for a single timeseries call behind every sparkline. */
export function driftMetrics(rows: readonly Pick<DriftColumn, "column" | "role">[]): string[] {
  return rows.filter((r) => r.role === "feature").map((r) => driftMetric(r.column));
}
