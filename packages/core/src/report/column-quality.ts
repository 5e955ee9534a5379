import type { PreparedColumn } from "./prepared-column.js";
import type { QualityColumn } from "./types.js";

/** The most frequent unseen categories are listed; the rest would bloat the report without helping. */
const MAX_NEW_CATEGORIES = 100;

function missingNumbers(values: Float64Array): number {
  let n = 0;
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    if (Number.isNaN(v)) n++;
  }
  return n;
}

function missingCodes(codes: Int32Array): number {
  let n = 0;
  for (let at = 0; at < codes.length; at++) {
    const c = codes[at]!;
    if (c < 0) n++;
  }
  return n;
}

function range(values: Float64Array): { min: number; max: number; constant: boolean } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < values.length; at++) {
    const v = values[at]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max, constant: !(max > min) };
}

function distinctCodes(codes: Int32Array, size: number): Uint32Array {
  const counts = new Uint32Array(size);
  for (let at = 0; at < codes.length; at++) {
    const c = codes[at]!;
    if (c >= 0) counts[c]! += 1;
  }
  return counts;
}

function share(part: number, rows: number): number | null {
  return rows > 0 ? part / rows : null;
}

/**
 * Missing values, unseen categories, out-of-range values, constant columns and type errors of one column.
 * Type errors (text in a numerical column) are counted apart from missing values, though both are NaN by now.
 */
export function columnQuality(column: PreparedColumn): QualityColumn {
  const refRows = column.reference.length;
  const curRows = column.current.length;
  if (column.kind === "numerical") {
    const missingRef = missingNumbers(column.reference) - column.typeErrors.reference;
    const missingCur = missingNumbers(column.current) - column.typeErrors.current;
    const ref = range(column.reference);
    const cur = range(column.current);
    let outOfRange = 0;
    for (let at = 0; at < column.current.length; at++) {
      const v = column.current[at]!;
      if (v < ref.min || v > ref.max) outOfRange++;
    }
    return {
      column: column.name,
      missing: { reference: missingRef, current: missingCur },
      missingShare: { reference: share(missingRef, refRows), current: share(missingCur, curRows) },
      newCategories: [],
      outOfRange,
      constant: { reference: ref.constant, current: cur.constant },
      typeErrors: { ...column.typeErrors },
    };
  }
  const size = column.categories.length;
  const refCounts = distinctCodes(column.reference, size);
  const curCounts = distinctCodes(column.current, size);
  const newCategories: { value: string; count: number }[] = [];
  // Every value of a text column is new by nature; listing them would only bloat the report.
  for (let i = 0; column.kind === "categorical" && i < size; i++) {
    if (refCounts[i] === 0 && curCounts[i]! > 0)
      newCategories.push({ value: column.categories[i]!, count: curCounts[i]! });
  }
  newCategories.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  newCategories.splice(MAX_NEW_CATEGORIES);
  const used = (counts: Uint32Array) => counts.reduce((n, c) => n + (c > 0 ? 1 : 0), 0);
  const missingRef = missingCodes(column.reference);
  const missingCur = missingCodes(column.current);
  return {
    column: column.name,
    missing: { reference: missingRef, current: missingCur },
    missingShare: { reference: share(missingRef, refRows), current: share(missingCur, curRows) },
    newCategories,
    outOfRange: 0,
    constant: { reference: used(refCounts) <= 1, current: used(curCounts) <= 1 },
    typeErrors: { reference: 0, current: 0 },
  };
}
