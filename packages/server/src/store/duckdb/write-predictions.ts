import type { DuckDBConnection, DuckDBPreparedStatement } from "@duckdb/node-api";
import type { PredictionRow } from "../types.js";
import { appendColumns } from "./append-columns.js";
import { pendingLabelsTable, predictionsTable } from "./model-tables.js";

type Cell = (row: PredictionRow) => string | number | null;

/**
 * How each stored column is filled from a row, by its name in the table (`f:age`, `s:channel`, `c:cat`); the
 * table's column type decides how the value is stored.
 */
function cellOf(column: string): Cell {
  switch (column) {
    case "id":
      return (r) => r.id;
    case "version":
      return (r) => r.version;
    case "ts":
      return (r) => r.timestamp;
    case "received_at":
      return (r) => r.receivedAt;
    case "prediction":
      return (r) => r.prediction;
    case "score":
      return (r) => r.score;
    case "label":
      return (r) => r.label;
    case "label_ts":
      return (r) => (r.label === null ? null : r.receivedAt);
    case "seq":
      // Numbered when the group commits, not when it is staged.
      return () => null;
    case "attributions":
      return (r) => (r.attributions === null ? null : JSON.stringify(r.attributions));
  }
  const name = column.slice(2);
  if (column.startsWith("f:")) return (r) => r.features[name] ?? null;
  if (column.startsWith("s:")) return (r) => r.segments[name] ?? null;
  if (column.startsWith("c:")) return (r) => r.classScores?.[name] ?? null;
  throw new Error(`unexpected column ${column}`);
}

/**
 * Copies rows into a connection-local staging table shaped like the model's table at this moment. The appender
 * is the fast path into DuckDB; staging needs no transaction, so it overlaps another group's insert.
 */
export async function stagePredictions(
  connection: DuckDBConnection,
  modelId: number,
  rows: readonly PredictionRow[],
): Promise<string> {
  const stage = `stage_predictions_${modelId}`;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT * FROM ${predictionsTable(modelId)} LIMIT 0`,
  );
  const described = await connection.run(`SELECT * FROM ${stage} LIMIT 0`);
  const types = described.columnTypes();
  const columns = described.columnNames().map((name, c) => ({ type: types[c]!, value: cellOf(name) }));
  const appender = await connection.createAppender(stage, "main", "temp");
  try {
    appendColumns(appender, columns, rows);
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return stage;
}

/**
 * Moves staged rows into the model's table inside the caller's transaction and returns the ids that were new.
 * The primary key turns a re-sent id into a no-op; a label that arrived before its prediction is joined on the
 * way in. `BY NAME`: columns added to the table after staging stay NULL for these rows.
 */
export async function insertStaged(
  connection: DuckDBConnection,
  modelId: number,
  stage: string,
  hasPendingLabels: boolean,
  seq: number,
): Promise<Set<string>> {
  const table = predictionsTable(modelId);
  const pending = pendingLabelsTable(modelId);
  const insert = hasPendingLabels
    ? `INSERT INTO ${table} BY NAME SELECT s.* REPLACE (
         coalesce(l.label, s.label) AS label, CASE WHEN l.id IS NULL THEN s.label_ts ELSE l.ts END AS label_ts,
         CAST($seq AS BIGINT) AS seq)
       FROM ${stage} s LEFT JOIN ${pending} l ON s.id = l.id
       ON CONFLICT DO NOTHING RETURNING id`
    : `INSERT INTO ${table} BY NAME SELECT * REPLACE (CAST($seq AS BIGINT) AS seq) FROM ${stage}
       ON CONFLICT DO NOTHING RETURNING id`;
  const statement = await preparedOn(connection, insert);
  statement.bind({ seq });
  const inserted = await statement.runAndReadAll();
  const ids = new Set<string>();
  for (const [id] of inserted.getRows()) ids.add(id as string);
  if (hasPendingLabels) {
    await connection.run(`DELETE FROM ${pending} WHERE id IN (SELECT id FROM ${stage})`);
  }
  // The staging table stays until the next group of this model replaces it: dropping it here would hold the
  // write lane for a catalog change.
  return ids;
}

const PREPARED_PER_CONNECTION = 32;
const preparedStatements = new WeakMap<DuckDBConnection, Map<string, DuckDBPreparedStatement>>();

/**
 * The insert is the same statement for every group of a model, and preparing it costs a good part of running
 * it; the write lane is the ingest bottleneck, so each connection keeps its prepared inserts. DuckDB binds a
 * prepared statement again by itself when a table it reads was replaced or altered since.
 */
async function preparedOn(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  let cache = preparedStatements.get(connection);
  if (!cache) {
    cache = new Map();
    preparedStatements.set(connection, cache);
  }
  const held = cache.get(sql);
  if (held) return held;
  const statement = await connection.prepare(sql);
  cache.set(sql, statement);
  if (cache.size > PREPARED_PER_CONNECTION) {
    const [oldest, evicted] = cache.entries().next().value!;
    cache.delete(oldest);
    evicted.destroySync();
  }
  return statement;
}
