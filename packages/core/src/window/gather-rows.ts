import type { Column } from "../columns.js";
import type { SourceColumn } from "../table.js";
import type { MonitoredRows } from "./monitored-rows.js";

function gatherColumn(column: Column, rows: Int32Array): Column {
  if (column.kind === "numerical") {
    const values = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = column.values[rows[i]!]!;
    return { kind: "numerical", values };
  }
  const codes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) codes[i] = column.codes[rows[i]!]!;
  return { kind: "categorical", codes, categories: column.categories };
}

const gatherSource = (source: SourceColumn, rows: Int32Array): SourceColumn => ({
  ...source,
  column: gatherColumn(source.column, rows),
});

/** The given rows (indices, in order) of every column. */
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
          classScores: from.classScores.map((c) => {
            const values = new Float64Array(rows.length);
            for (let i = 0; i < rows.length; i++) values[i] = c.values[rows[i]!]!;
            return { label: c.label, values };
          }),
        }
      : {}),
  };
}

/** Row indices grouped by bucket (a counting sort): bucket b's rows are `order[start[b] .. start[b + 1])`. */
export function groupByBucket(
  bucketOf: Int32Array,
  buckets: number,
): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < bucketOf.length; i++) {
    const b = bucketOf[i]!;
    if (b >= 0 && b < buckets) start[b + 1]!++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, buckets);
  const order = new Int32Array(start[buckets]!);
  for (let i = 0; i < bucketOf.length; i++) {
    const b = bucketOf[i]!;
    if (b >= 0 && b < buckets) order[next[b]!++] = i;
  }
  return { order, start };
}

/** Whether a column holds at least one value. */
export function hasValues(column: Column | undefined): boolean {
  if (!column) return false;
  if (column.kind === "numerical") {
    for (let i = 0; i < column.values.length; i++) if (Number.isFinite(column.values[i]!)) return true;
    return false;
  }
  for (let i = 0; i < column.codes.length; i++) if (column.codes[i]! >= 0) return true;
  return false;
}
