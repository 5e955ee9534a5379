import type { Column } from "../columns.js";
import type { SourceColumn, SourceType } from "../table.js";

/** Test support: a numerical source column, as readTable would produce it. */
export function numberColumn(name: string, values: number[], sourceType: SourceType = "float"): SourceColumn {
  return { name, sourceType, column: { kind: "numerical", values: Float64Array.from(values) } };
}

/** Test support: a string source column dictionary-encoded in order of first appearance; null is missing. */
export function stringColumn(name: string, values: (string | null)[]): SourceColumn {
  const categories: string[] = [];
  const codes = values.map((v) => {
    if (v === null) return -1;
    if (!categories.includes(v)) categories.push(v);
    return categories.indexOf(v);
  });
  const column: Column = { kind: "categorical", codes: Int32Array.from(codes), categories };
  return { name, sourceType: "string", column };
}
