import type { Column, ColumnKind } from "../columns.js";
import { InputError } from "../errors.js";
import type { SourceColumn } from "../table.js";
import { sortCategories } from "./compare-categories.js";
import { inferColumnKind, MAX_CATEGORICAL_INTEGER_VALUES } from "./infer-kind.js";
import type { PreparedCategoricalColumn, PreparedColumn, PreparedNumericalColumn } from "./prepared-column.js";
import type { ColumnRole } from "./types.js";

export interface ColumnPair {
  readonly name: string;
  readonly role: ColumnRole;
  readonly reference: SourceColumn;
  readonly current: SourceColumn;
  readonly referenceFile: string;
  readonly currentFile: string;
  /** `--numerical` / `--categorical`. */
  readonly forcedKind?: "numerical" | "categorical";
}

function distinctNumbers(values: Float64Array, into: Set<number>, cap: number): void {
  for (let i = 0; i < values.length && into.size <= cap; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) into.add(v);
  }
}

function countNonMissing(column: Column): number {
  let n = 0;
  if (column.kind === "numerical") {
    for (const v of column.values) if (!Number.isNaN(v)) n++;
  } else {
    for (const c of column.codes) if (c >= 0) n++;
  }
  return n;
}

function decideKind(pair: ColumnPair): ColumnKind {
  if (pair.forcedKind) return pair.forcedKind;
  const ref = pair.reference;
  const cur = pair.current;
  const numericRef = ref.sourceType === "float" || ref.sourceType === "integer";
  const numericCur = cur.sourceType === "float" || cur.sourceType === "integer";
  if (numericRef) {
    // A numeric reference with text in current is a numerical column with type errors, not a new kind.
    if (ref.sourceType === "float" || (numericCur && cur.sourceType === "float")) return "numerical";
    const seen = new Set<number>();
    distinctNumbers((ref.column as { values: Float64Array }).values, seen, MAX_CATEGORICAL_INTEGER_VALUES);
    if (numericCur) distinctNumbers((cur.column as { values: Float64Array }).values, seen, MAX_CATEGORICAL_INTEGER_VALUES);
    return inferColumnKind("integer", seen.size, countNonMissing(ref.column));
  }
  // Text is judged on the reference: a column of ids has nearly as many values as rows there.
  let distinct = 0;
  if (ref.column.kind === "categorical") {
    const used = new Uint8Array(ref.column.categories.length);
    for (const c of ref.column.codes) {
      if (c >= 0 && used[c] === 0) {
        used[c] = 1;
        distinct++;
      }
    }
  }
  return inferColumnKind(ref.sourceType === "boolean" ? "boolean" : "string", distinct, countNonMissing(ref.column));
}

function toNumbers(side: SourceColumn, pair: ColumnPair, file: string): { values: Float64Array; typeErrors: number } {
  const column = side.column;
  if (column.kind === "numerical") return { values: column.values, typeErrors: 0 };
  const parsed = column.categories.map((c) => {
    const v = c.trim() === "" ? Number.NaN : Number(c);
    return Number.isFinite(v) ? v : Number.NaN;
  });
  const values = new Float64Array(column.codes.length);
  let typeErrors = 0;
  let firstBad = -1;
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i]!;
    if (code < 0) {
      values[i] = Number.NaN;
      continue;
    }
    const v = parsed[code]!;
    values[i] = v;
    if (Number.isNaN(v)) {
      typeErrors++;
      if (firstBad < 0) firstBad = i;
    }
  }
  const nonMissing = countNonMissing(column);
  if (nonMissing > 0 && typeErrors === nonMissing) {
    const badValue = column.categories[column.codes[firstBad]!] ?? "";
    throw new InputError(
      "TELLTALE_TYPE_ERROR",
      `${file}: column '${pair.name}' should be numerical but holds text ('${badValue}' at data row ${firstBad + 1}); pass --categorical ${pair.name} if it is a category`,
      { file, column: pair.name, row: firstBad + 1, value: badValue },
    );
  }
  return { values, typeErrors };
}

function formatNumber(v: number): string {
  return String(v);
}

/** Re-encodes one side's codes against the shared, sorted dictionary. */
function encodeAgainst(column: Column, index: ReadonlyMap<string, number>): Int32Array {
  if (column.kind === "categorical") {
    const remap = column.categories.map((c) => index.get(c) ?? -1);
    const out = new Int32Array(column.codes.length);
    for (let i = 0; i < out.length; i++) {
      const code = column.codes[i]!;
      out[i] = code < 0 ? -1 : remap[code]!;
    }
    return out;
  }
  const out = new Int32Array(column.values.length);
  for (let i = 0; i < out.length; i++) {
    const v = column.values[i]!;
    out[i] = Number.isNaN(v) ? -1 : index.get(formatNumber(v))!;
  }
  return out;
}

function labelsOf(column: Column, into: Set<string>): void {
  if (column.kind === "categorical") {
    const used = new Uint8Array(column.categories.length);
    for (const c of column.codes) if (c >= 0) used[c] = 1;
    column.categories.forEach((label, i) => {
      if (used[i]) into.add(label);
    });
    return;
  }
  for (const v of column.values) if (!Number.isNaN(v)) into.add(formatNumber(v));
}

function assertNotAllMissing(nonMissing: number, file: string, pair: ColumnPair): void {
  if (nonMissing === 0) {
    throw new InputError(
      "TELLTALE_ALL_MISSING",
      `${file}: every value of column '${pair.name}' is missing; pass --ignore ${pair.name} to leave it out`,
      { file, column: pair.name },
    );
  }
}

/** Brings a reference/current pair to one kind and one category dictionary, rejecting what cannot be compared. */
export function prepareColumn(pair: ColumnPair): PreparedColumn {
  assertNotAllMissing(countNonMissing(pair.reference.column), pair.referenceFile, pair);
  assertNotAllMissing(countNonMissing(pair.current.column), pair.currentFile, pair);
  const kind = decideKind(pair);
  if (kind === "numerical") {
    const ref = toNumbers(pair.reference, pair, pair.referenceFile);
    const cur = toNumbers(pair.current, pair, pair.currentFile);
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
  const labels = new Set<string>();
  labelsOf(pair.reference.column, labels);
  labelsOf(pair.current.column, labels);
  const categories = sortCategories([...labels]);
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
