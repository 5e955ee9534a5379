import type { Column } from "../columns.js";
import type { SourceColumn } from "../table.js";
import { hasValues } from "./gather-rows.js";

/** A share of a bucket's values and how many values it is over. */
export interface BucketShare {
  readonly value: number;
  readonly count: number;
}

/**
 * A feature's share of values the reference never showed on the current rows `rows` (indices into `column`);
 * undefined when either side holds no values, as the report then leaves the feature out of its quality section.
 */
export type MeasureShare = (column: Column | undefined, rows: Int32Array) => BucketShare | undefined;

const NEVER: MeasureShare = () => undefined;

/** The report's reading of text as a number: trimmed text that parses to a finite number, else NaN. */
function parseNumber(text: string): number {
  const v = text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(v) ? v : Number.NaN;
}

/**
 * Row i as the report's numerical preparation reads it: a finite number, NaN when missing (or infinite), or
 * undefined for present text that is not a number (a type error, which is not missing).
 */
function numberAt(column: Column): (i: number) => number | undefined {
  if (column.kind === "numerical") {
    const values = column.values;
    return (i) => (Number.isFinite(values[i]!) ? values[i]! : Number.NaN);
  }
  const parsed = column.categories.map(parseNumber);
  const codes = column.codes;
  return (i) => {
    const c = codes[i]!;
    if (c < 0) return Number.NaN;
    return Number.isNaN(parsed[c]!) ? undefined : parsed[c]!;
  };
}

/** Row i's label as the report's categorical preparation writes it (numbers as `String(v)`), or undefined. */
function labelAt(column: Column): (i: number) => string | undefined {
  if (column.kind === "numerical") {
    const values = column.values;
    return (i) => (Number.isNaN(values[i]!) ? undefined : String(values[i]!));
  }
  const codes = column.codes;
  return (i) => (codes[i]! < 0 ? undefined : column.categories[codes[i]!]);
}

/** Whether some of `rows` holds a value, by `hasValues`'s rule. */
function anyPresent(column: Column, rows: Int32Array): boolean {
  if (column.kind === "numerical") {
    for (let k = 0; k < rows.length; k++) if (Number.isFinite(column.values[rows[k]!]!)) return true;
    return false;
  }
  for (let k = 0; k < rows.length; k++) if (column.codes[rows[k]!]! >= 0) return true;
  return false;
}

/**
 * A numerical feature's out-of-range share against a fixed reference, its [min, max] found once: the report's
 * quality `outOfRange` (values below the reference's min or above its max) over the bucket's values that are not
 * missing (a text that is no number counts as present, never as out of range).
 */
export function referenceOutOfRange(reference: SourceColumn | undefined): MeasureShare {
  if (!reference || !hasValues(reference.column)) return NEVER;
  const at = numberAt(reference.column);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const rows =
    reference.column.kind === "numerical" ? reference.column.values.length : reference.column.codes.length;
  for (let i = 0; i < rows; i++) {
    const v = at(i);
    if (v === undefined) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // A reference without a single number has no range (the report refuses such a column).
  if (!(min <= max)) return NEVER;
  return (column, rows) => {
    if (!column || !anyPresent(column, rows)) return undefined;
    const value = numberAt(column);
    let n = 0;
    let outside = 0;
    for (let k = 0; k < rows.length; k++) {
      const v = value(rows[k]!);
      if (Number.isNaN(v)) continue;
      n++;
      if (v !== undefined && (v < min || v > max)) outside++;
    }
    return n > 0 ? { value: outside / n, count: n } : undefined;
  };
}

/**
 * A categorical feature's new-category share against a fixed reference, its categories gathered once: the
 * report's quality `newCategories` (values the reference never holds, all of them rather than the 100 it lists)
 * over the bucket's present values.
 */
export function referenceNewCategories(reference: SourceColumn | undefined): MeasureShare {
  if (!reference || !hasValues(reference.column)) return NEVER;
  const label = labelAt(reference.column);
  const known = new Set<string>();
  const size =
    reference.column.kind === "numerical" ? reference.column.values.length : reference.column.codes.length;
  for (let i = 0; i < size; i++) {
    const l = label(i);
    if (l !== undefined) known.add(l);
  }
  return (column, rows) => {
    if (!column || !anyPresent(column, rows)) return undefined;
    let n = 0;
    let unseen = 0;
    if (column.kind === "categorical") {
      // Per code, whether its category is new: one lookup per category, not per row.
      const isNew = Uint8Array.from(column.categories, (c) => (known.has(c) ? 0 : 1));
      for (let k = 0; k < rows.length; k++) {
        const c = column.codes[rows[k]!]!;
        if (c < 0) continue;
        n++;
        unseen += isNew[c]!;
      }
    } else {
      const value = labelAt(column);
      for (let k = 0; k < rows.length; k++) {
        const l = value(rows[k]!);
        if (l === undefined) continue;
        n++;
        if (!known.has(l)) unseen++;
      }
    }
    return n > 0 ? { value: unseen / n, count: n } : undefined;
  };
}
