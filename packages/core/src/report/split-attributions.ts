import type { SourceColumn, Table } from "../table.js";
import { ATTRIBUTION_PREFIX } from "./explain-section.js";

export interface SplitTables {
  readonly reference: Table;
  readonly current: Table;
  /** Numerical `attribution.<feature>` columns of each side, renamed to their feature. */
  readonly attributions: { readonly reference: SourceColumn[]; readonly current: SourceColumn[] };
}

const isAttribution = (c: SourceColumn) =>
  c.name.startsWith(ATTRIBUTION_PREFIX) && c.name.length > ATTRIBUTION_PREFIX.length;

function split(table: Table): [Table, SourceColumn[]] {
  const kept = table.columns.filter((c) => !isAttribution(c));
  const attributions = table.columns
    .filter((c) => isAttribution(c) && c.column.kind === "numerical")
    .map((c) => ({ ...c, name: c.name.slice(ATTRIBUTION_PREFIX.length) }));
  return [kept.length === table.columns.length ? table : { ...table, columns: kept }, attributions];
}

/**
 * Takes logged attributions (`attribution.<feature>` columns) out of both tables, so they are explained rather
 * than tested for drift as features; either side may lack them.
 */
export function splitAttributions(reference: Table, current: Table): SplitTables {
  const [r, ra] = split(reference);
  const [c, ca] = split(current);
  return { reference: r, current: c, attributions: { reference: ra, current: ca } };
}
