import type { Column } from "../columns.js";
import { sortCategories } from "../report/compare-categories.js";
import { choosePositiveLabel } from "../report/performance-section.js";
import type { ModelSpec, MonitoredRows } from "./monitored-rows.js";

/** A classification window's outcomes on one label space, read once so any subset of rows costs two passes. */
export interface ClassificationOutcomes {
  readonly task: "binary" | "multiclass";
  /** Label and prediction values, in no particular order: the shared label space of both columns. */
  readonly labels: readonly string[];
  readonly target: CodedLabels | undefined;
  readonly prediction: CodedLabels | undefined;
  /** Binary: the positive class's probability; ±Infinity is NaN (missing), as the report reads numbers. */
  readonly score: Float64Array | undefined;
  /** Multiclass: one probability column per class, ±Infinity as NaN. */
  readonly classScores: readonly { readonly label: string; readonly values: Float64Array }[];
  /** Binary: the positive label (the model's, else chosen from `labels` by the report's rule). */
  readonly positive: string | undefined;
  /**
   * Binary: codes every subset's label space holds even when its rows do not show them — the positive label, and
   * the model's two classes when the dictionaries name exactly two — so a quiet hour with one class keeps the
   * model's positive class instead of failing or flipping it.
   */
  readonly always: readonly number[];
}

/** A column's codes (−1 missing) and, per code, the index of its value in `labels`: remapped while gathered. */
export interface CodedLabels {
  readonly codes: Int32Array;
  readonly toLabel: Int32Array;
}

export interface RegressionOutcomes {
  readonly task: "regression";
  /** NaN is missing; ±Infinity and text that is not a number are NaN, as the report reads numbers. */
  readonly target: Float64Array | undefined;
  readonly prediction: Float64Array | undefined;
}

export type EncodedOutcomes = ClassificationOutcomes | RegressionOutcomes;

/** As the report's number reading: trimmed text that parses to a finite number, else NaN. */
function parseNumber(text: string): number {
  const v = text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(v) ? v : Number.NaN;
}

/** Numbers with ±Infinity as NaN; the array itself when it holds none. */
export function finiteOrNaN(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
      return values.map((x) => (Number.isFinite(x) ? x : Number.NaN));
    }
  }
  return values;
}

function asNumbers(column: Column): Float64Array {
  if (column.kind === "numerical") return finiteOrNaN(column.values);
  const parsed = column.categories.map(parseNumber);
  const out = new Float64Array(column.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = column.codes[i]!;
    out[i] = c < 0 ? Number.NaN : parsed[c]!;
  }
  return out;
}

/** The values a column may hold, as the report labels them: categories as they are, numbers as `String(v)`. */
function dictionary(column: Column): string[] {
  if (column.kind === "categorical") return [...column.categories];
  const seen = new Set<string>();
  for (let i = 0; i < column.values.length; i++) {
    const v = column.values[i]!;
    if (!Number.isNaN(v)) seen.add(String(v));
  }
  return [...seen];
}

/** A categorical column keeps its codes; numbers are coded by their text, as the report labels them. */
function coded(column: Column, index: ReadonlyMap<string, number>): CodedLabels {
  if (column.kind === "categorical") {
    return { codes: column.codes, toLabel: Int32Array.from(column.categories, (c) => index.get(c)!) };
  }
  const values = column.values;
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    codes[i] = Number.isNaN(v) ? -1 : index.get(String(v))!;
  }
  return { codes, toLabel: Int32Array.from({ length: index.size }, (_, i) => i) };
}

/** Label values first, then prediction values not among them: the dictionary every code below indexes. */
function outcomeDictionary(rows: MonitoredRows): string[] {
  const seen = new Set<string>();
  for (const column of [rows.label, rows.prediction])
    for (const l of column ? dictionary(column.column) : []) seen.add(l);
  return [...seen];
}

/**
 * A binary model's positive label: the model's, else the report's rule (a conventional positive name, else the
 * last in sorted order) over the label and prediction dictionaries — dictionaries, not the values rows show, so
 * every subset of a window gets the same one.
 */
export function positiveLabelOf(spec: ModelSpec, rows: MonitoredRows): string | undefined {
  if (spec.task !== "binary") return undefined;
  return spec.positiveLabel ?? choosePositiveLabel(sortCategories(outcomeDictionary(rows)), undefined);
}

/**
 * Encodes a window's label, prediction and scores once. `positive` overrides the binary positive label (the
 * reference takes the current window's, so both sides' metrics are about one class).
 */
export function encodeOutcomes(spec: ModelSpec, rows: MonitoredRows, positive?: string): EncodedOutcomes {
  if (spec.task === "regression") {
    return {
      task: "regression",
      target: rows.label ? asNumbers(rows.label.column) : undefined,
      prediction: rows.prediction ? asNumbers(rows.prediction.column) : undefined,
    };
  }
  const labels: string[] = [];
  const index = new Map<string, number>();
  const add = (label: string) => {
    if (!index.has(label)) index.set(label, labels.push(label) - 1);
  };
  for (const l of outcomeDictionary(rows)) add(l);
  const binary = spec.task === "binary";
  const known = labels.length;
  const chosen = binary ? (positive ?? positiveLabelOf(spec, rows)) : undefined;
  if (chosen !== undefined) add(chosen);
  const at = chosen === undefined ? -1 : index.get(chosen)!;
  const always = at < 0 ? [] : known <= 2 && at < known ? labels.map((_, i) => i) : [at];
  return {
    task: spec.task,
    labels,
    target: rows.label ? coded(rows.label.column, index) : undefined,
    prediction: rows.prediction ? coded(rows.prediction.column, index) : undefined,
    score: binary && rows.score ? asNumbers(rows.score.column) : undefined,
    classScores:
      spec.task === "multiclass"
        ? (rows.classScores ?? []).map((c) => ({ label: c.label, values: finiteOrNaN(c.values) }))
        : [],
    positive: chosen,
    always,
  };
}
