import type { SourceColumn } from "../table.js";

/** The row count of a column, and of a table as its first column's (0 without columns). */
export const columnRows = (column: SourceColumn["column"]): number =>
  column.kind === "numerical" ? column.values.length : column.codes.length;

export const sourceRows = (columns: readonly SourceColumn[]): number => {
  const first = columns[0];
  return first ? columnRows(first.column) : 0;
};
