import { InputError } from "../errors.js";
import type { ModelSpec, MonitoredRows } from "../monitoring/monitored-rows.js";
import type { SourceColumn, Table } from "../table.js";
import { businessSection } from "./business-section.js";
import { columnDrift } from "./column-drift.js";
import { columnQuality } from "./column-quality.js";
import { explainSection, loggedImportance } from "./explain-section.js";
import { fairnessSection } from "./fairness-section.js";
import { stripTrailingDotLabels } from "./normalize-labels.js";
import { DEFAULT_DRIFT_SHARE, type ReportOptions } from "./options.js";
import {
  classificationSection,
  labelOutcomes,
  type PerformanceInput,
  regressionSection,
} from "./performance-section.js";
import { prepareColumn } from "./prepare-column.js";
import type { PreparedColumn, PreparedNumericalColumn } from "./prepared-column.js";
import { resolveRoles } from "./resolve-roles.js";
import { splitAttributions } from "./split-attributions.js";
import type { DriftColumn, Report, Task } from "./types.js";

export interface ReportResult {
  readonly report: Report;
  /** Things the user should know that are not errors (a label rewrite, the positive label chosen). */
  readonly notes: readonly string[];
}

function findColumn(table: Table, name: string): SourceColumn {
  return table.columns.find((c) => c.name === name)!;
}

/** Without --task: a numerical target is regression, unless scores or a positive label say classification. */
function inferTask(target: PreparedColumn, options: ReportOptions): Task {
  const classification =
    options.score !== undefined ||
    (options.scoreColumns ?? []).length > 0 ||
    options.positiveLabel !== undefined;
  if (target.kind === "numerical" && !classification) return "regression";
  if (target.kind === "numerical") return "binary";
  return target.categories.length <= 2 ? "binary" : "multiclass";
}

/** The whole report over two tables: drift, quality, performance and fairness. Pure; long loops report progress. */
export function buildReport(
  referenceTable: Table,
  currentTable: Table,
  options: ReportOptions = {},
): ReportResult {
  const notes: string[] = [];
  const { reference, current, attributions } = splitAttributions(referenceTable, currentTable);
  const resolved = resolveRoles(reference, current, options);
  const classificationTask =
    options.task === "binary" ||
    options.task === "multiclass" ||
    (options.task === undefined &&
      (options.score !== undefined ||
        (options.scoreColumns ?? []).length > 0 ||
        options.positiveLabel !== undefined));
  const outcomeKind = classificationTask
    ? "categorical"
    : options.task === "regression"
      ? "numerical"
      : undefined;
  const prepared: PreparedColumn[] = [];
  resolved.forEach((column, i) => {
    options.onProgress?.({ stage: "columns", done: i, total: resolved.length });
    const ref = findColumn(reference, column.name);
    let cur = findColumn(current, column.name);
    if (column.role === "target" || column.role === "prediction") {
      const rewritten = stripTrailingDotLabels(ref.column, cur.column);
      if (rewritten) {
        cur = { ...cur, column: rewritten };
        notes.push(`${current.name}: labels of '${column.name}' end with a dot; compared without it`);
      }
    }
    const forcedKind =
      column.forcedKind ??
      (column.role === "target" || column.role === "prediction" ? outcomeKind : undefined);
    prepared.push(
      prepareColumn({
        name: column.name,
        role: column.role,
        reference: ref,
        current: cur,
        referenceFile: reference.name,
        currentFile: current.name,
        ...(forcedKind ? { forcedKind } : {}),
      }),
    );
  });

  const byName = new Map(prepared.map((c) => [c.name, c] as const));
  const tested = prepared.filter((c) => c.kind !== "text");
  const driftColumns: DriftColumn[] = tested.map((column, i) => {
    options.onProgress?.({ stage: "drift", done: i, total: tested.length });
    return columnDrift(column, {
      bins: options.bins ?? { type: "sturges" },
      ...(options.driftMethod ? { method: options.driftMethod } : {}),
      ...(options.driftThreshold !== undefined ? { threshold: options.driftThreshold } : {}),
    });
  });
  // Target, prediction and scores are reported but the dataset-drift share counts features only.
  const featureDrift = driftColumns.filter((c) => c.role === "feature" || c.role === "sensitive");
  const drifted = featureDrift.filter((c) => c.drifted).length;
  const shareThreshold = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  const share = featureDrift.length > 0 ? drifted / featureDrift.length : 0;

  let report: Report = {
    schemaVersion: 1,
    task: null,
    reference: { rows: reference.rows },
    current: { rows: current.rows },
    columns: prepared.map((c) => ({ name: c.name, kind: c.kind, role: c.role })),
    drift: {
      columns: driftColumns,
      driftedColumns: drifted,
      totalColumns: featureDrift.length,
      share,
      shareThreshold,
      datasetDrift: featureDrift.length > 0 && share >= shareThreshold,
    },
    quality: { columns: prepared.map(columnQuality) },
  };

  /** The task and positive class business metrics are computed on, once performance is known. */
  let business: Pick<ModelSpec, "task" | "positiveLabel"> | undefined;
  if (options.target !== undefined) {
    const target = byName.get(options.target)!;
    const task = options.task ?? inferTask(target, options);
    report = { ...report, task };
    const prediction = options.prediction !== undefined ? byName.get(options.prediction) : undefined;
    if (task === "regression") {
      if (prediction) {
        report = { ...report, regression: regressionSection(target, prediction) };
        business = { task: "regression" };
      } else notes.push("no --prediction given: regression metrics skipped");
    } else {
      const score = options.score !== undefined ? byName.get(options.score) : undefined;
      const scoreColumns = (options.scoreColumns ?? []).map((n) => byName.get(n)!);
      for (const s of [score, ...scoreColumns]) {
        if (s && s.kind !== "numerical") {
          throw new InputError(
            "TELLTALE_BAD_OPTION",
            `score column '${s.name}' must hold probabilities (numbers)`,
            {
              column: s.name,
            },
          );
        }
      }
      const input: PerformanceInput = {
        task,
        target,
        ...(prediction ? { prediction } : {}),
        ...(score ? { score: score as PreparedNumericalColumn } : {}),
        ...(scoreColumns.length > 0 ? { scoreColumns: scoreColumns as PreparedNumericalColumn[] } : {}),
        ...(options.positiveLabel !== undefined ? { positiveLabel: options.positiveLabel } : {}),
      };
      if (!prediction && !score && scoreColumns.length === 0) {
        notes.push(
          `no --prediction or scores given: classification${(options.sensitive ?? []).length > 0 ? " and fairness" : ""} metrics skipped`,
        );
      } else {
        const outcomes = labelOutcomes(input);
        if (task === "binary" && outcomes.positive !== undefined && options.positiveLabel === undefined) {
          notes.push(
            `positive label: '${outcomes.labels[outcomes.positive]}' (set it with --positive-label)`,
          );
        }
        report = { ...report, classification: classificationSection(outcomes) };
        const positive = outcomes.positive === undefined ? undefined : outcomes.labels[outcomes.positive];
        business = { task, ...(positive !== undefined ? { positiveLabel: positive } : {}) };
        const sensitive = (options.sensitive ?? []).map((n) => byName.get(n)!);
        if (sensitive.length > 0) {
          if (task !== "binary") {
            notes.push("fairness metrics need a binary task: skipped");
          } else {
            report = { ...report, fairness: fairnessSection(sensitive, outcomes, options.privileged ?? {}) };
          }
        }
      }
    }
  } else if ((options.sensitive ?? []).length > 0) {
    notes.push("fairness metrics need --target and a prediction: skipped");
  }
  if ((options.business ?? []).length > 0) {
    if (!business) notes.push("business metrics need --target and a prediction: skipped");
    else {
      const side = (table: Table): MonitoredRows => {
        const column = (name: string | undefined) =>
          name === undefined ? undefined : findColumn(table, name);
        // Labels of the current side are read as the report compared them (a trailing dot stripped).
        const outcome = (name: string | undefined) => {
          const found = column(name);
          if (!found || table !== current || name === undefined) return found;
          const rewritten = stripTrailingDotLabels(findColumn(reference, name).column, found.column);
          return rewritten ? { ...found, column: rewritten } : found;
        };
        const label = outcome(options.target);
        const prediction = outcome(options.prediction);
        const score = column(options.score);
        return {
          rows: table.rows,
          features: [],
          ...(label ? { label } : {}),
          ...(prediction ? { prediction } : {}),
          ...(score ? { score } : {}),
        };
      };
      report = {
        ...report,
        business: businessSection(
          { features: [], ...business },
          side(reference),
          side(current),
          options.business ?? [],
        ),
      };
    }
  }
  const logged = loggedImportance(attributions.current);
  if (logged.size > 0) {
    const baseline = loggedImportance(attributions.reference);
    const features = prepared
      .filter((c) => c.role === "feature" || c.role === "sensitive")
      .map((c) => c.name);
    report = {
      ...report,
      explain: explainSection({
        source: "logged",
        features: [
          ...new Set([...features.filter((f) => logged.has(f) || baseline.has(f)), ...logged.keys()]),
        ],
        importance: logged,
        baseline: baseline.size > 0 ? baseline : undefined,
        drift: report.drift,
      }),
    };
  }
  options.onProgress?.({ stage: "done", done: 1, total: 1 });
  return { report, notes };
}
