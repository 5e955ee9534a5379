import { buildReport, type ReportResult } from "../report/build-report.js";
import type { ClassificationMetrics, RegressionMetrics, Report } from "../report/types.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { sideMetrics } from "./side-metrics.js";
import { driftTables, outcomeTable } from "./window-tables.js";

export interface WindowReportInput {
  readonly spec: ModelSpec;
  readonly reference: MonitoredRows;
  readonly current: MonitoredRows;
}

/**
 * One side's full outcome report (performance and fairness), computed on that side alone over its labelled rows (the report's
 * metrics skip rows without a target), so a window's numbers do not depend on what the reference holds.
 */
export function sidePerformance(
  spec: ModelSpec,
  rows: MonitoredRows,
): { report: Report; notes: readonly string[] } | undefined {
  const outcome = outcomeTable(spec, rows);
  if (!outcome) return undefined;
  return buildReport(outcome.table, outcome.table, outcome.options);
}

/**
 * The report of a window of traffic against a reference, in `telltale report`'s schema: drift and quality over
 * the features (and prediction and score), performance over each side's labelled rows, fairness on the window.
 */
export function windowReport(input: WindowReportInput): ReportResult {
  const { spec, reference, current } = input;
  const tables = driftTables(spec, reference, current);
  const drift = buildReport(tables.reference, tables.current, tables.options);
  const notes = [...drift.notes];
  for (const name of tables.skipped) notes.push(`feature '${name}' has no values on one side: not compared`);
  const referenceMetrics = sideMetrics(spec, reference);
  const currentMetrics = sideMetrics(spec, current);
  if (!currentMetrics) notes.push("no labelled predictions in the window: performance metrics skipped");
  let report: Report = { ...drift.report, task: spec.task };
  if (spec.task === "regression") {
    report = {
      ...report,
      regression: {
        reference: referenceMetrics as RegressionMetrics | null,
        current: currentMetrics as RegressionMetrics | null,
      },
    };
  } else {
    report = {
      ...report,
      classification: {
        reference: referenceMetrics as ClassificationMetrics | null,
        current: currentMetrics as ClassificationMetrics | null,
      },
    };
    if ((spec.sensitive ?? []).length > 0 && currentMetrics) {
      const fairness = sidePerformance(spec, current);
      for (const note of fairness?.notes ?? []) if (!notes.includes(note)) notes.push(note);
      if (fairness?.report.fairness) report = { ...report, fairness: fairness.report.fairness };
    }
  }
  return { report, notes };
}
