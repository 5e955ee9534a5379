import type { DuckDBConnection } from "@duckdb/node-api";
import type { Model, WindowFilter } from "../types.js";
import { predictionsTable, SEQ_COLUMN } from "./model-tables.js";
import { type OutcomeDictionaries, windowWhere } from "./read-window.js";

/** What identifies a bucket's rows: how many there are and the last change among them. */
export interface BucketState {
  /** floor((ts − origin) / interval). */
  readonly bucket: number;
  readonly rows: number;
  readonly seq: number;
}

/** The non-empty buckets of a window with their row count and latest change number, in one grouped scan. */
export async function readBucketStates(
  connection: DuckDBConnection,
  model: Model,
  filter: WindowFilter,
  bucket: { readonly origin: number; readonly intervalMs: number },
): Promise<BucketState[]> {
  const where = windowWhere(filter);
  const result = await connection.runAndReadAll(
    `SELECT CAST((ts - $origin) // $interval AS INTEGER) AS b, count(*) AS n, coalesce(max(${SEQ_COLUMN}), 0) AS s
     FROM ${predictionsTable(model.id)} WHERE ${where.sql} GROUP BY b ORDER BY b`,
    { ...where.params, origin: bucket.origin, interval: bucket.intervalMs },
  );
  return result.getRows().map(([b, n, s]) => ({ bucket: Number(b), rows: Number(n), seq: Number(s) }));
}

/** The window's distinct labels and predictions, listed as `readColumns` lists a category column's values. */
export async function readOutcomeDictionaries(
  connection: DuckDBConnection,
  model: Model,
  filter: WindowFilter,
): Promise<OutcomeDictionaries> {
  const where = windowWhere(filter);
  const result = await connection.runAndReadAll(
    `SELECT list(DISTINCT label ORDER BY label), list(DISTINCT prediction ORDER BY prediction)
     FROM ${predictionsTable(model.id)} WHERE ${where.sql}`,
    where.params,
  );
  const [label, prediction] = result.getRowsJS()[0]! as [unknown[] | null, unknown[] | null];
  const values = (list: unknown[] | null) => (list ?? []).filter((v) => v !== null).map((v) => String(v));
  return { label: values(label), prediction: values(prediction) };
}
