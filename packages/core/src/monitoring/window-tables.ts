import type { ReportOptions } from "../report/options.js";
import type { SourceColumn, Table } from "../table.js";
import { gatherRows, hasValues } from "./gather-rows.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";
import { outcomeNames } from "./outcome-names.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const renamed = (source: SourceColumn, name: string): SourceColumn => ({ ...source, name });

/** Segment names, which outcome columns must not take either. */
const segmentNames = (rows: readonly MonitoredRows[]) =>
  rows.flatMap((r) => (r.segments ?? []).map((s) => s.name));

/**
 * The tables `buildReport` compares for drift and quality: the model's features, then the prediction and (binary)
 * score under the names of `outcomeNames`, each only when it holds values on both sides — the report refuses an
 * all-missing column, so such a feature is left out and listed in `skipped`. Kinds are forced to the model's.
 */
export function driftTables(
  spec: ModelSpec,
  reference: MonitoredRows,
  current: MonitoredRows,
): { reference: Table; current: Table; options: ReportOptions; skipped: string[] } {
  const names = outcomeNames(spec, segmentNames([reference, current]));
  const ref: SourceColumn[] = [];
  const cur: SourceColumn[] = [];
  const skipped: string[] = [];
  const numerical: string[] = [];
  const categorical: string[] = [];
  const pair = (r: SourceColumn, c: SourceColumn, name: string, kind: "numerical" | "categorical") => {
    ref.push(renamed(r, name));
    cur.push(renamed(c, name));
    (kind === "numerical" ? numerical : categorical).push(name);
  };
  for (const feature of spec.features) {
    const r = reference.features.find((c) => c.name === feature.name);
    const c = current.features.find((c) => c.name === feature.name);
    if (r && c && hasValues(r.column) && hasValues(c.column)) pair(r, c, feature.name, feature.kind);
    else skipped.push(feature.name);
  }
  const options: Mutable<ReportOptions> = {};
  if (
    reference.prediction &&
    current.prediction &&
    hasValues(reference.prediction.column) &&
    hasValues(current.prediction.column)
  ) {
    pair(
      reference.prediction,
      current.prediction,
      names.prediction,
      spec.task === "regression" ? "numerical" : "categorical",
    );
    options.prediction = names.prediction;
  }
  if (
    spec.task === "binary" &&
    reference.score &&
    current.score &&
    hasValues(reference.score.column) &&
    hasValues(current.score.column)
  ) {
    pair(reference.score, current.score, names.score, "numerical");
    options.score = names.score;
  }
  return {
    reference: { name: "reference", rows: reference.rows, columns: ref },
    current: { name: "current", rows: current.rows, columns: cur },
    options: { ...options, numerical, categorical },
    skipped,
  };
}

/**
 * The labelled rows of a binary window as one table for the report's fairness section: label, prediction and
 * score (when they hold values) and the sensitive features or segments that hold values; undefined when no
 * sensitive column is left or nothing predicted. The label and prediction are categorical, as the task demands.
 */
export function fairnessTable(
  spec: ModelSpec,
  rows: MonitoredRows,
  labelled: Int32Array,
  positiveLabel: string,
): { table: Table; options: ReportOptions } | undefined {
  if (!rows.label || labelled.length === 0) return undefined;
  const names = outcomeNames(spec, segmentNames([rows]));
  const window = gatherRows(rows, labelled);
  const columns: SourceColumn[] = [renamed(window.label!, names.label)];
  const categorical = [names.label];
  const numerical: string[] = [];
  const options: Mutable<ReportOptions> = { task: "binary", target: names.label, positiveLabel };
  if (window.prediction && hasValues(window.prediction.column)) {
    columns.push(renamed(window.prediction, names.prediction));
    categorical.push(names.prediction);
    options.prediction = names.prediction;
  }
  if (window.score && hasValues(window.score.column)) {
    columns.push(renamed(window.score, names.score));
    numerical.push(names.score);
    options.score = names.score;
  }
  if (options.prediction === undefined && options.score === undefined) return undefined;
  const sensitive: string[] = [];
  for (const name of spec.sensitive ?? []) {
    const source = [...window.features, ...(window.segments ?? [])].find((c) => c.name === name);
    if (!source || !hasValues(source.column) || columns.some((c) => c.name === name)) continue;
    columns.push(source);
    sensitive.push(name);
    // Groups are categories: a segment is one, and a feature keeps the model's kind.
    const kind = spec.features.find((f) => f.name === name)?.kind ?? "categorical";
    (kind === "categorical" ? categorical : numerical).push(name);
  }
  if (sensitive.length === 0) return undefined;
  return {
    table: { name: "window", rows: window.rows, columns },
    options: { ...options, sensitive, categorical, numerical },
  };
}
