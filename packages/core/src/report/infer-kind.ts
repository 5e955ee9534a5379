import type { ColumnKind } from "../columns.js";
import type { SourceType } from "../table.js";

/** Integer columns with at most this many distinct values are categorical (Evidently's rule). */
export const MAX_CATEGORICAL_INTEGER_VALUES = 10;

/**
 * Evidently's column typing: floats are numerical; integers categorical when they take few values; strings
 * categorical unless nearly every value is distinct (then text, which is not drift-tested); booleans categorical.
 */
export function inferColumnKind(sourceType: SourceType, distinct: number, nonMissing: number): ColumnKind {
  switch (sourceType) {
    case "float":
      return "numerical";
    case "integer":
      return distinct <= MAX_CATEGORICAL_INTEGER_VALUES ? "categorical" : "numerical";
    case "boolean":
      return "categorical";
    case "string":
      return nonMissing > 0 && distinct > nonMissing / 2 ? "text" : "categorical";
  }
}
