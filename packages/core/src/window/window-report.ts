import { buildReport, type ReportResult } from "../report/build-report.js";
import type { ClassificationMetrics, RegressionMetrics, Report } from "../report/types.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { driftTables, outcomeTable } from "./window-tables.js";

export interface WindowReportInput {
  readonly spec: ModelSpec;
  readonly reference: MonitoredRows;
  readonly current: MonitoredRows;
}

/**
 * One side's performance and fairness, computed on that side alone over its labelled rows (the report's
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

export function performanceOf(report: Report | undefined): ClassificationMetrics | RegressionMetrics | null {
  return report?.classification?.current ?? report?.regression?.current ?? null;
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
  const referenceSide = sidePerformance(spec, reference);
  const currentSide = sidePerformance(spec, current);
  if (!currentSide) notes.push("no labelled predictions in the window: performance metrics skipped");
  for (const note of currentSide?.notes ?? []) if (!notes.includes(note)) notes.push(note);
  let report: Report = { ...drift.report, task: spec.task };
  if (spec.task === "regression") {
    report = {
      ...report,
      regression: {
        reference: referenceSide?.report.regression?.current ?? null,
        current: currentSide?.report.regression?.current ?? null,
      },
    };
  } else {
    report = {
      ...report,
      classification: {
        reference: referenceSide?.report.classification?.current ?? null,
        current: currentSide?.report.classification?.current ?? null,
      },
    };
    if (currentSide?.report.fairness) report = { ...report, fairness: currentSide.report.fairness };
  }
  return { report, notes };
}
