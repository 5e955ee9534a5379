import type { Table } from "@telltale/core";

const GENERATED_NAME = /^column\d+$/;

/**
 * A header-less file (DuckDB names its columns column0, column1, …) with as many columns as the reference takes
 * the reference's names by position, the way UCI ships test splits without the training file's header.
 */
export function applyReferenceHeader(reference: Table, current: Table): Table | null {
  const generated = current.columns.every((c) => GENERATED_NAME.test(c.name));
  const referenceGenerated = reference.columns.every((c) => GENERATED_NAME.test(c.name));
  if (!generated || referenceGenerated || current.columns.length !== reference.columns.length) return null;
  return {
    ...current,
    columns: current.columns.map((column, i) => ({ ...column, name: reference.columns[i]!.name })),
  };
}
