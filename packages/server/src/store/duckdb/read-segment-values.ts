import type { DuckDBConnection } from "@duckdb/node-api";
import type { Model, WindowFilter } from "../types.js";
import { predictionsTable, segmentColumn } from "./model-tables.js";
import { windowWhere } from "./read-window.js";

export interface SegmentValues {
  readonly column: string;
  /** The most frequent values first; rows without a value are not a value. */
  readonly values: readonly { readonly value: string; readonly count: number }[];
  /** How many distinct values the window holds, listed or not. */
  readonly distinct: number;
}

/** Each segment column's values in a window with their row counts, most frequent first, at most `limit` each. */
export async function readSegmentValues(
  connection: DuckDBConnection,
  model: Model,
  filter: WindowFilter,
  limit: number,
): Promise<SegmentValues[]> {
  const where = windowWhere(filter);
  const out: SegmentValues[] = [];
  for (const column of model.segments) {
    const quoted = segmentColumn(column);
    const result = await connection.runAndReadAll(
      `SELECT ${quoted} AS v, count(*) AS n, count(*) OVER () AS d
       FROM ${predictionsTable(model.id)} WHERE ${where.sql} AND ${quoted} IS NOT NULL
       GROUP BY v ORDER BY n DESC, v LIMIT $limit`,
      { ...where.params, limit },
    );
    const rows = result.getRows();
    out.push({
      column,
      values: rows.map(([v, n]) => ({ value: String(v), count: Number(n) })),
      distinct: rows.length === 0 ? 0 : Number(rows[0]![2]),
    });
  }
  return out;
}
