import type { Column } from "../columns.js";
import type { SourceColumn } from "../table.js";
import type { MonitoredRows } from "./monitored-rows.js";

/** The values at `rows` (indices, in order). */
export function gatherFloats(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}

/** The codes at `rows` (indices, in order). */
export function gatherCodes(codes: Int32Array, rows: Int32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = codes[rows[i]!]!;
  return out;
}

/** A column's values at `rows`; a categorical column keeps its whole dictionary. */
export function gatherColumn(column: Column, rows: Int32Array): Column {
  if (column.kind === "numerical") return { kind: "numerical", values: gatherFloats(column.values, rows) };
  return { kind: "categorical", codes: gatherCodes(column.codes, rows), categories: column.categories };
}

const gatherSource = (source: SourceColumn, rows: Int32Array): SourceColumn => ({
  ...source,
  column: gatherColumn(source.column, rows),
});

/** The given rows of every column, as rows of their own. */
export function gatherRows(from: MonitoredRows, rows: Int32Array): MonitoredRows {
  return {
    rows: rows.length,
    features: from.features.map((f) => gatherSource(f, rows)),
    ...(from.segments ? { segments: from.segments.map((s) => gatherSource(s, rows)) } : {}),
    ...(from.prediction ? { prediction: gatherSource(from.prediction, rows) } : {}),
    ...(from.label ? { label: gatherSource(from.label, rows) } : {}),
    ...(from.score ? { score: gatherSource(from.score, rows) } : {}),
    ...(from.classScores
      ? {
          classScores: from.classScores.map((c) => ({
            label: c.label,
            values: gatherFloats(c.values, rows),
          })),
        }
      : {}),
    ...(from.timestamps ? { timestamps: gatherFloats(from.timestamps, rows) } : {}),
  };
}

/** Whether a column holds at least one value (NaN, ±Infinity and code −1 are missing, as the report counts them). */
export function hasValues(column: Column | undefined): boolean {
  if (!column) return false;
  if (column.kind === "numerical") {
    for (let i = 0; i < column.values.length; i++) if (Number.isFinite(column.values[i]!)) return true;
    return false;
  }
  for (let i = 0; i < column.codes.length; i++) if (column.codes[i]! >= 0) return true;
  return false;
}

/** Whether row `i` of a column holds a value. */
export function isPresent(column: Column, i: number): boolean {
  return column.kind === "numerical" ? Number.isFinite(column.values[i]!) : column.codes[i]! >= 0;
}
