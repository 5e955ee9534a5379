import { InputError } from "../errors.js";
import { buildReport, type ReportResult } from "../report/build-report.js";
import { businessSection } from "../report/business-section.js";
import { explainSection, loggedImportance } from "../report/explain-section.js";
import type { ClassificationMetrics, RegressionMetrics, Report } from "../report/types.js";
import { type ClassificationOutcomes, type CodedLabels, encodeOutcomes } from "./encode-outcomes.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { subsetPerformance } from "./subset-performance.js";
import { driftTables, fairnessTable } from "./window-tables.js";

export interface WindowReportInput {
  readonly spec: ModelSpec;
  /** The version's reference; its label, prediction and scores are optional (its metrics are then null). */
  readonly reference: MonitoredRows;
  readonly current: MonitoredRows;
}

function labelledRows(codes: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) out.push(i);
  return Int32Array.from(out);
}

/** Whether some of `rows` holds the label at `code` of the shared label space. */
function shows(coded: CodedLabels | undefined, rows: Int32Array, code: number): boolean {
  if (!coded) return false;
  for (let k = 0; k < rows.length; k++) {
    const c = coded.codes[rows[k]!]!;
    if (c >= 0 && coded.toLabel[c] === code) return true;
  }
  return false;
}

/** Fairness over the window's labelled rows, or a note saying why there is none. */
function fairness(
  spec: ModelSpec,
  current: MonitoredRows,
  outcomes: ClassificationOutcomes,
  notes: string[],
): Report["fairness"] {
  const positive = outcomes.positive;
  if (!outcomes.target || positive === undefined) return undefined;
  const labelled = labelledRows(outcomes.target.codes);
  // The report needs the positive class among the labels or predictions it is given.
  const code = outcomes.labels.indexOf(positive);
  if (!shows(outcomes.target, labelled, code) && !shows(outcomes.prediction, labelled, code)) {
    notes.push(`no labelled row holds the positive label '${positive}': fairness metrics skipped`);
    return undefined;
  }
  const input = fairnessTable(spec, current, labelled, positive);
  if (!input) return undefined;
  const result = buildReport(input.table, input.table, input.options);
  for (const note of result.notes)
    if (!note.startsWith("positive label:") && !notes.includes(note)) notes.push(note);
  return result.report.fairness;
}

/**
 * The report of a window of traffic against a version's reference, in `telltale report`'s schema. Drift and
 * quality are `buildReport` over the model's features (kinds forced by the model) plus prediction and score;
 * performance is, per side, the report's metrics over that side's labelled rows alone (`subsetPerformance`), so the
 * window's numbers depend neither on unlabelled rows nor on the reference; fairness (binary, `sensitive`) is over
 * the window's labelled rows. A window without rows is an InputError.
 */
export function windowReport(input: WindowReportInput): ReportResult {
  const { spec, reference, current } = input;
  if (current.rows === 0) {
    throw new InputError(
      "TELLTALE_ALL_MISSING",
      "the window holds no predictions: there is nothing to report",
      {
        rows: 0,
      },
    );
  }
  const tables = driftTables(spec, reference, current);
  const drift = buildReport(tables.reference, tables.current, tables.options);
  const notes = [...drift.notes];
  for (const name of tables.skipped) notes.push(`feature '${name}' has no values on one side: not compared`);
  const currentOutcomes = encodeOutcomes(spec, current);
  const referenceOutcomes = encodeOutcomes(
    spec,
    reference,
    currentOutcomes.task === "binary" ? currentOutcomes.positive : undefined,
  );
  const currentMetrics = subsetPerformance(currentOutcomes);
  const referenceMetrics = subsetPerformance(referenceOutcomes);
  if (!currentMetrics) notes.push("no labelled predictions in the window: performance metrics skipped");
  let report: Report = { ...drift.report, task: spec.task };
  if ((spec.business ?? []).length > 0) {
    report = { ...report, business: businessSection(spec, reference, current, spec.business ?? []) };
  }
  const logged = loggedImportance(current.attributions ?? []);
  if (logged.size > 0) {
    const baseline = loggedImportance(reference.attributions ?? []);
    report = {
      ...report,
      explain: explainSection({
        source: "logged",
        features: spec.features.map((f) => f.name),
        importance: logged,
        baseline: baseline.size > 0 ? baseline : undefined,
        drift: report.drift,
      }),
    };
  }
  if (currentOutcomes.task === "regression") {
    return {
      report: {
        ...report,
        regression: {
          reference: referenceMetrics as RegressionMetrics | null,
          current: currentMetrics as RegressionMetrics | null,
        },
      },
      notes,
    };
  }
  if (
    currentOutcomes.task === "binary" &&
    spec.positiveLabel === undefined &&
    currentOutcomes.positive !== undefined
  ) {
    notes.push(`positive label: '${currentOutcomes.positive}' (set the model's positiveLabel to choose it)`);
  }
  report = {
    ...report,
    classification: {
      reference: referenceMetrics as ClassificationMetrics | null,
      current: currentMetrics as ClassificationMetrics | null,
    },
  };
  if ((spec.sensitive ?? []).length > 0 && currentMetrics) {
    if (currentOutcomes.task !== "binary") notes.push("fairness metrics need a binary task: skipped");
    else {
      const groups = fairness(spec, current, currentOutcomes, notes);
      if (groups) report = { ...report, fairness: groups };
    }
  }
  return { report, notes };
}
