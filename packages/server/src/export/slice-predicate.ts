import type { DuckDBValue } from "@duckdb/node-api";
import type { SliceCondition } from "@telltale/core";
import { featureColumn, segmentColumn } from "../store/duckdb/model-tables.js";
import type { Model } from "../store/types.js";

/**
 * A slice's conditions as a SQL predicate over the predictions table, values bound: a category is text equality,
 * a range [lower, upper) on the number, a missing value NULL. A name that is not a feature is the segment column.
 */
export function slicePredicate(
  model: Model,
  conditions: readonly SliceCondition[],
): { sql: string; params: Record<string, DuckDBValue> } {
  const params: Record<string, DuckDBValue> = {};
  const parts = conditions.map((c, i) => {
    const column = model.features.some((f) => f.name === c.feature)
      ? featureColumn(c.feature)
      : segmentColumn(c.feature);
    if (c.kind === "missing") return `${column} IS NULL`;
    if (c.kind === "category") {
      params[`slice${i}`] = c.value;
      return `${column} = $slice${i}`;
    }
    const range: string[] = [];
    if (c.lower !== null) {
      params[`sliceLower${i}`] = c.lower;
      range.push(`${column} >= $sliceLower${i}`);
    }
    if (c.upper !== null) {
      params[`sliceUpper${i}`] = c.upper;
      range.push(`${column} < $sliceUpper${i}`);
    }
    return range.length > 0 ? range.join(" AND ") : `${column} IS NOT NULL`;
  });
  return { sql: parts.length > 0 ? parts.join(" AND ") : "true", params };
}
