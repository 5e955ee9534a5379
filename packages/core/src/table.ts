import type { Column } from "./columns.js";

/** The type a column had in its file, before Telltale decides its kind. */
export type SourceType = "float" | "integer" | "string" | "boolean";

export interface SourceColumn {
  readonly name: string;
  readonly sourceType: SourceType;
  /** Numerical for float/integer sources, categorical (strings as read, trimmed) otherwise. */
  readonly column: Column;
}

/** A dataset as loaded from a file: one entry per column, all of length `rows`. */
export interface Table {
  readonly name: string;
  readonly rows: number;
  readonly columns: readonly SourceColumn[];
}
