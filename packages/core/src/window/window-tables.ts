import type { ReportOptions } from "../report/options.js";
import type { SourceColumn, Table } from "../table.js";
import { hasValues } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";

/**
 * Names of the outcome columns in the tables handed to `buildReport`: `label`, `prediction`, `score`, unless a
 * feature already has that name, then with a trailing underscore until free.
 */
export function outcomeNames(spec: ModelSpec): { label: string; prediction: string; score: string } {
  const taken = new Set(spec.features.map((f) => f.name));
  const free = (base: string) => {
    let name = base;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  };
  return { label: free("label"), prediction: free("prediction"), score: free("score") };
}

const renamed = (source: SourceColumn, name: string): SourceColumn => ({ ...source, name });

function scoreColumns(rows: MonitoredRows): SourceColumn[] {
  return (rows.classScores ?? []).map((c) => ({
    name: c.label,
    sourceType: "float" as const,
    column: { kind: "numerical" as const, values: c.values },
  }));
}

/**
 * The drift and quality tables: features and the prediction and score columns that hold values on both sides.
 * `buildReport` refuses a column that is empty on a side, so such columns are left out with a note.
 */
export function driftTables(
  spec: ModelSpec,
  reference: MonitoredRows,
  current: MonitoredRows,
  features: readonly string[] = spec.features.map((f) => f.name),
): { reference: Table; current: Table; options: ReportOptions; skipped: string[] } {
  const names = outcomeNames(spec);
  const ref: SourceColumn[] = [];
  const cur: SourceColumn[] = [];
  const skipped: string[] = [];
  const numerical: string[] = [];
  const categorical: string[] = [];
  for (const feature of spec.features) {
    if (!features.includes(feature.name)) continue;
    const r = reference.features.find((c) => c.name === feature.name);
    const c = current.features.find((c) => c.name === feature.name);
    if (!hasValues(r?.column) || !hasValues(c?.column)) {
      skipped.push(feature.name);
      continue;
    }
    ref.push(r!);
    cur.push(c!);
    (feature.kind === "numerical" ? numerical : categorical).push(feature.name);
  }
  const options: { prediction?: string; score?: string; scoreColumns?: string[] } = {};
  if (hasValues(reference.prediction?.column) && hasValues(current.prediction?.column)) {
    ref.push(renamed(reference.prediction!, names.prediction));
    cur.push(renamed(current.prediction!, names.prediction));
    options.prediction = names.prediction;
    (spec.task === "regression" ? numerical : categorical).push(names.prediction);
  }
  if (spec.task === "binary" && hasValues(reference.score?.column) && hasValues(current.score?.column)) {
    ref.push(renamed(reference.score!, names.score));
    cur.push(renamed(current.score!, names.score));
    options.score = names.score;
    numerical.push(names.score);
  }
  return {
    reference: { name: "reference", rows: reference.rows, columns: ref },
    current: { name: "current", rows: current.rows, columns: cur },
    options: { ...options, numerical, categorical },
    skipped,
  };
}

/**
 * One side's outcome table for performance and fairness: label, prediction, scores and the sensitive columns.
 * Undefined when the side has no labelled row or nothing predicted, so no metric can be computed.
 */
export function outcomeTable(
  spec: ModelSpec,
  rows: MonitoredRows,
): { table: Table; options: ReportOptions } | undefined {
  const names = outcomeNames(spec);
  const hasPrediction = hasValues(rows.prediction?.column);
  const scores = spec.task === "multiclass" ? scoreColumns(rows) : [];
  const hasScore = spec.task === "binary" && hasValues(rows.score?.column);
  if (!hasValues(rows.label?.column) || (!hasPrediction && !hasScore && scores.length === 0))
    return undefined;
  const columns: SourceColumn[] = [renamed(rows.label!, names.label)];
  const classification = spec.task !== "regression";
  const options: {
    -readonly [K in keyof ReportOptions]: ReportOptions[K];
  } = {
    task: spec.task,
    target: names.label,
    ...(spec.positiveLabel !== undefined && spec.task === "binary"
      ? { positiveLabel: spec.positiveLabel }
      : {}),
  };
  const categorical = classification ? [names.label] : [];
  const numerical = classification ? [] : [names.label];
  if (hasPrediction) {
    columns.push(renamed(rows.prediction!, names.prediction));
    options.prediction = names.prediction;
    (classification ? categorical : numerical).push(names.prediction);
  }
  if (hasScore) {
    columns.push(renamed(rows.score!, names.score));
    options.score = names.score;
    numerical.push(names.score);
  }
  // Class probabilities count only when they cover every class seen, as the report's score columns must.
  const seen = [rows.label, rows.prediction].flatMap((c) =>
    c && c.column.kind === "categorical" ? c.column.categories : [],
  );
  if (scores.length > 0 && seen.every((label) => scores.some((s) => s.name === label))) {
    columns.push(...scores);
    options.scoreColumns = scores.map((s) => s.name);
    numerical.push(...options.scoreColumns);
  }
  if (spec.task === "binary") {
    const sensitive: string[] = [];
    for (const name of spec.sensitive ?? []) {
      const source = [...rows.features, ...(rows.segments ?? [])].find((c) => c.name === name);
      if (!source || !hasValues(source.column) || columns.some((c) => c.name === name)) continue;
      columns.push(source);
      sensitive.push(name);
      const kind = spec.features.find((f) => f.name === name)?.kind;
      if (kind === "categorical" || kind === undefined) categorical.push(name);
    }
    if (sensitive.length > 0) options.sensitive = sensitive;
  }
  options.categorical = categorical;
  options.numerical = numerical;
  return { table: { name: "window", rows: rows.rows, columns }, options };
}
