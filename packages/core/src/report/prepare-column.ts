import type { Column, ColumnKind } from "../columns.js";
import { InputError } from "../errors.js";
import type { SourceColumn } from "../table.js";
import { sortCategories } from "./compare-categories.js";
import { inferColumnKind, MAX_CATEGORICAL_INTEGER_VALUES } from "./infer-kind.js";
import type {
  PreparedCategoricalColumn,
  PreparedColumn,
  PreparedNumericalColumn,
} from "./prepared-column.js";
import type { ColumnRole } from "./types.js";

export interface ColumnPair {
  readonly name: string;
  readonly role: ColumnRole;
  readonly reference: SourceColumn;
  readonly current: SourceColumn;
  readonly referenceFile: string;
  readonly currentFile: string;
  /** `--numerical` / `--categorical`, or what the task demands of a target. */
  readonly forcedKind?: "numerical" | "categorical";
}

/** One side read as numbers: NaN where a value is missing, infinite, or text that is not a number. */
interface NumberView {
  readonly values: Float64Array;
  readonly nonMissing: number;
  /** Present values that are not numbers. */
  readonly typeErrors: number;
  readonly firstTypeError: { readonly row: number; readonly value: string } | null;
  readonly integers: boolean;
}

function parseNumber(text: string): number {
  const v = text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(v) ? v : Number.NaN;
}

/** ±Infinity counts as missing, as Evidently replaces it with NaN before testing. */
function numberView(column: Column): NumberView {
  if (column.kind === "numerical") {
    let nonMissing = 0;
    let integers = true;
    let infinite = false;
    for (let at = 0; at < column.values.length; at++) {
      const v = column.values[at]!;
      if (Number.isNaN(v)) continue;
      if (!Number.isFinite(v)) {
        infinite = true;
        continue;
      }
      nonMissing++;
      if (integers && !Number.isInteger(v)) integers = false;
    }
    const values = infinite ? column.values.map((v) => (Number.isFinite(v) ? v : Number.NaN)) : column.values;
    return { values, nonMissing, typeErrors: 0, firstTypeError: null, integers };
  }
  const parsed = column.categories.map(parseNumber);
  const integers = parsed.every((v) => Number.isNaN(v) || Number.isInteger(v));
  const values = new Float64Array(column.codes.length);
  let nonMissing = 0;
  let typeErrors = 0;
  let firstTypeError: NumberView["firstTypeError"] = null;
  for (let i = 0; i < values.length; i++) {
    const code = column.codes[i]!;
    const v = code < 0 ? Number.NaN : parsed[code]!;
    values[i] = v;
    if (code < 0) continue;
    if (Number.isNaN(v)) {
      typeErrors++;
      firstTypeError ??= { row: i + 1, value: column.categories[code]! };
    } else {
      nonMissing++;
    }
  }
  return { values, nonMissing, typeErrors, firstTypeError, integers };
}

function countPresent(column: Column): number {
  let n = 0;
  if (column.kind === "numerical") {
    for (let at = 0; at < column.values.length; at++) {
      const v = column.values[at]!;
      if (!Number.isNaN(v)) n++;
    }
  } else {
    for (let at = 0; at < column.codes.length; at++) {
      const c = column.codes[at]!;
      if (c >= 0) n++;
    }
  }
  return n;
}

function isNumericSource(side: SourceColumn): boolean {
  return side.sourceType === "float" || side.sourceType === "integer";
}

/** A string column counts as numbers with type errors when most of its present values parse as numbers. */
function looksNumeric(side: SourceColumn, view: NumberView): boolean {
  if (isNumericSource(side)) return true;
  if (side.sourceType === "boolean") return false;
  return view.nonMissing > 0 && view.nonMissing >= view.typeErrors;
}

function distinctAtMost(values: Float64Array, cap: number, into: Set<number>): Set<number> {
  for (let i = 0; i < values.length && into.size <= cap; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) into.add(v);
  }
  return into;
}

function distinctCodes(column: Column): number {
  if (column.kind !== "categorical") return 0;
  const used = new Uint8Array(column.categories.length);
  let distinct = 0;
  for (let at = 0; at < column.codes.length; at++) {
    const c = column.codes[at]!;
    if (c >= 0 && used[c] === 0) {
      used[c] = 1;
      distinct++;
    }
  }
  return distinct;
}

function decideKind(pair: ColumnPair, ref: NumberView, cur: NumberView): ColumnKind {
  if (pair.forcedKind) return pair.forcedKind;
  if (looksNumeric(pair.reference, ref)) {
    const floats = pair.reference.sourceType === "float" || pair.current.sourceType === "float";
    if (floats || !ref.integers || (looksNumeric(pair.current, cur) && !cur.integers)) return "numerical";
    const seen = distinctAtMost(ref.values, MAX_CATEGORICAL_INTEGER_VALUES, new Set());
    distinctAtMost(cur.values, MAX_CATEGORICAL_INTEGER_VALUES, seen);
    return inferColumnKind("integer", seen.size, ref.nonMissing);
  }
  // Text is judged on the reference: a column of ids has nearly as many values as rows there.
  const source = pair.reference.sourceType === "boolean" ? "boolean" : "string";
  return inferColumnKind(source, distinctCodes(pair.reference.column), countPresent(pair.reference.column));
}

function assertNumbers(view: NumberView, present: number, file: string, pair: ColumnPair): void {
  if (present > 0 && view.nonMissing === 0 && view.firstTypeError) {
    const { row, value } = view.firstTypeError;
    throw new InputError(
      "TELLTALE_TYPE_ERROR",
      `${file}: column '${pair.name}' should be numerical but holds text ('${value}' at data row ${row}); pass --categorical ${pair.name} if it is a category`,
      { file, column: pair.name, row, value },
    );
  }
}

function assertNotAllMissing(present: number, file: string, pair: ColumnPair): void {
  if (present === 0) {
    throw new InputError(
      "TELLTALE_ALL_MISSING",
      `${file}: every value of column '${pair.name}' is missing; pass --ignore ${pair.name} to leave it out`,
      { file, column: pair.name },
    );
  }
}

/** Labels a side uses; numbers are formatted once per distinct value, not once per row. */
function sideLabels(column: Column): string[] {
  if (column.kind === "categorical") {
    const used = new Uint8Array(column.categories.length);
    for (let at = 0; at < column.codes.length; at++) {
      const c = column.codes[at]!;
      if (c >= 0) used[c] = 1;
    }
    return column.categories.filter((_, i) => used[i] === 1);
  }
  const distinct = new Set<number>();
  for (let at = 0; at < column.values.length; at++) {
    const v = column.values[at]!;
    if (!Number.isNaN(v)) distinct.add(v);
  }
  return Array.from(distinct, String);
}

/** Re-encodes one side against the shared dictionary. */
function encodeAgainst(column: Column, index: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(column.kind === "categorical" ? column.codes.length : column.values.length);
  if (column.kind === "categorical") {
    const remap = Int32Array.from(column.categories, (c) => index.get(c) ?? -1);
    for (let i = 0; i < out.length; i++) {
      const code = column.codes[i]!;
      out[i] = code < 0 ? -1 : remap[code]!;
    }
    return out;
  }
  const byValue = new Map<number, number>();
  for (let i = 0; i < out.length; i++) {
    const v = column.values[i]!;
    if (Number.isNaN(v)) {
      out[i] = -1;
      continue;
    }
    let code = byValue.get(v);
    if (code === undefined) {
      code = index.get(String(v)) ?? -1;
      byValue.set(v, code);
    }
    out[i] = code;
  }
  return out;
}

/** Brings a reference/current pair to one kind and one category dictionary, rejecting what cannot be compared. */
export function prepareColumn(pair: ColumnPair): PreparedColumn {
  const presentRef = countPresent(pair.reference.column);
  const presentCur = countPresent(pair.current.column);
  assertNotAllMissing(presentRef, pair.referenceFile, pair);
  assertNotAllMissing(presentCur, pair.currentFile, pair);
  const ref = numberView(pair.reference.column);
  const cur = numberView(pair.current.column);
  const kind = decideKind(pair, ref, cur);
  if (kind === "numerical") {
    assertNumbers(ref, presentRef, pair.referenceFile, pair);
    assertNumbers(cur, presentCur, pair.currentFile, pair);
    const prepared: PreparedNumericalColumn = {
      name: pair.name,
      kind,
      role: pair.role,
      reference: ref.values,
      current: cur.values,
      typeErrors: { reference: ref.typeErrors, current: cur.typeErrors },
    };
    return prepared;
  }
  const labels = new Set(sideLabels(pair.reference.column));
  for (const l of sideLabels(pair.current.column)) labels.add(l);
  // Text columns are never tested or charted by category, so their (large) dictionary stays unsorted.
  const categories = kind === "text" ? [...labels] : sortCategories([...labels]);
  const index = new Map(categories.map((c, i) => [c, i] as const));
  const prepared: PreparedCategoricalColumn = {
    name: pair.name,
    kind,
    role: pair.role,
    categories,
    reference: encodeAgainst(pair.reference.column, index),
    current: encodeAgainst(pair.current.column, index),
    typeErrors: { reference: 0, current: 0 },
  };
  return prepared;
}
