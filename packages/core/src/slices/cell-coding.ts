import type { Column } from "../columns.js";
import { linearQuantile } from "../stats/linear-quantile.js";
import type { SourceColumn } from "../table.js";
import type { SliceCondition } from "./slice-types.js";

/** A feature cut into cells: one condition per cell, and each side's rows coded by cell (−1: in no cell). */
export interface CellCoding {
  readonly feature: string;
  readonly conditions: readonly SliceCondition[];
  /** Per side, per row of that side's columns. */
  readonly codes: readonly Int32Array[];
}

/** Values the quantile edges are computed from at most: a stride sample beyond it keeps binning linear in rows. */
const EDGE_SAMPLE = 200_000;

function present(column: Column & { kind: "numerical" }, rows: Int32Array | undefined): Float64Array {
  const n = rows ? rows.length : column.values.length;
  const stride = Math.max(1, Math.ceil(n / EDGE_SAMPLE));
  const out: number[] = [];
  for (let k = 0; k < n; k += stride) {
    const v = column.values[rows ? rows[k]! : k]!;
    if (Number.isFinite(v)) out.push(v);
  }
  return Float64Array.from(out).sort();
}

/** Quantile cut points (numpy's linear interpolation), without repeats. */
export function quantileEdges(sorted: Float64Array, bins: number): number[] {
  if (sorted.length === 0) return [];
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const e = linearQuantile(sorted, k / bins);
    if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
  }
  return edges;
}

function numericalCells(
  feature: string,
  sides: readonly (Column | undefined)[],
  edgesFrom: Float64Array,
  bins: number,
): CellCoding {
  const edges = quantileEdges(edgesFrom, bins);
  const conditions: SliceCondition[] = [];
  for (let b = 0; b <= edges.length; b++) {
    conditions.push({
      feature,
      kind: "range",
      lower: b === 0 ? null : edges[b - 1]!,
      upper: b === edges.length ? null : edges[b]!,
    });
  }
  const missing = conditions.push({ feature, kind: "missing" }) - 1;
  const codes = sides.map((column) => {
    if (column?.kind !== "numerical") return new Int32Array(0);
    const values = column.values;
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) {
        out[i] = missing;
        continue;
      }
      let b = 0;
      while (b < edges.length && v >= edges[b]!) b++;
      out[i] = b;
    }
    return out;
  });
  return { feature, conditions, codes };
}

function categoricalCells(
  feature: string,
  sides: readonly (Column | undefined)[],
  rows: readonly (Int32Array | undefined)[],
  maxCategories: number,
): CellCoding {
  // Categories by their count over every side's rows, most frequent first, ties by text.
  const counts = new Map<string, number>();
  sides.forEach((column, s) => {
    if (column?.kind !== "categorical") return;
    const tally = new Float64Array(column.categories.length);
    const subset = rows[s];
    const n = subset ? subset.length : column.codes.length;
    for (let k = 0; k < n; k++) {
      const c = column.codes[subset ? subset[k]! : k]!;
      if (c >= 0) tally[c]!++;
    }
    column.categories.forEach((text, c) => {
      if (tally[c]! > 0) counts.set(text, (counts.get(text) ?? 0) + tally[c]!);
    });
  });
  const kept = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, maxCategories)
    .map(([text]) => text);
  const cellOf = new Map(kept.map((text, i) => [text, i] as const));
  const conditions: SliceCondition[] = kept.map((value) => ({ feature, kind: "category", value }));
  const missing = conditions.push({ feature, kind: "missing" }) - 1;
  const codes = sides.map((column) => {
    if (column?.kind !== "categorical") return new Int32Array(0);
    const map = Int32Array.from(column.categories, (text) => cellOf.get(text) ?? -1);
    const out = new Int32Array(column.codes.length);
    for (let i = 0; i < out.length; i++) {
      const c = column.codes[i]!;
      out[i] = c < 0 ? missing : map[c]!;
    }
    return out;
  });
  return { feature, conditions, codes };
}

/**
 * Cells of each feature over one or more sides (the window; or baseline and window for drift): numerical features
 * in quantile bins of the first side's values plus a missing cell, categorical ones by category (the most frequent
 * `maxCategories` over all sides, matched by text) plus a missing cell. A feature held as numbers on one side and
 * categories on another is skipped, and so is one another side lacks unless `optional` says that side may: its
 * codes are then empty.
 */
export function codeCells(
  sides: readonly (readonly SourceColumn[])[],
  rows: readonly (Int32Array | undefined)[],
  options: { readonly bins: number; readonly maxCategories: number; readonly optional?: boolean },
): CellCoding[] {
  const names = sides[0]!.map((c) => c.name);
  const out: CellCoding[] = [];
  for (const name of names) {
    const columns = sides.map((side) => side.find((c) => c.name === name)?.column);
    const kind = columns[0]!.kind;
    if (columns.some((c) => (c === undefined ? !options.optional : c.kind !== kind))) continue;
    out.push(
      kind === "numerical"
        ? numericalCells(
            name,
            columns,
            present(columns[0] as Column & { kind: "numerical" }, rows[0]),
            options.bins,
          )
        : categoricalCells(name, columns, rows, options.maxCategories),
    );
  }
  return out;
}
