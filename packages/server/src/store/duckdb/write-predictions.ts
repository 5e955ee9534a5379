import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import type { PredictionRow } from "../types.js";
import { pendingLabelsTable, predictionsTable } from "./model-tables.js";

type Cell = (row: PredictionRow) => string | number | null;

/** How each stored column is filled from a row, by its name in the table (`f:age`, `s:channel`, `c:cat`). */
function cellOf(column: string): { cell: Cell; type: "varchar" | "double" | "bigint" | "outcome" } {
  switch (column) {
    case "id":
      return { cell: (r) => r.id, type: "varchar" };
    case "version":
      return { cell: (r) => r.version, type: "varchar" };
    case "ts":
      return { cell: (r) => r.timestamp, type: "bigint" };
    case "received_at":
      return { cell: (r) => r.receivedAt, type: "bigint" };
    case "prediction":
      return { cell: (r) => r.prediction, type: "outcome" };
    case "score":
      return { cell: (r) => r.score, type: "double" };
    case "label":
      return { cell: (r) => r.label, type: "outcome" };
    case "label_ts":
      return { cell: (r) => (r.label === null ? null : r.receivedAt), type: "bigint" };
    case "seq":
      // Numbered when the group commits, not when it is staged.
      return { cell: () => null, type: "bigint" };
    case "attributions":
      return {
        cell: (r) => (r.attributions === null ? null : JSON.stringify(r.attributions)),
        type: "varchar",
      };
  }
  const name = column.slice(2);
  if (column.startsWith("f:")) return { cell: (r) => r.features[name] ?? null, type: "outcome" };
  if (column.startsWith("s:")) return { cell: (r) => r.segments[name] ?? null, type: "varchar" };
  if (column.startsWith("c:")) return { cell: (r) => r.classScores?.[name] ?? null, type: "double" };
  throw new Error(`unexpected column ${column}`);
}

function append(
  appender: DuckDBAppender,
  value: string | number | null,
  type: string,
  columnType: string,
): void {
  if (value === null) appender.appendNull();
  else if (type === "bigint") appender.appendBigInt(BigInt(value));
  else if (type === "double" || (type === "outcome" && columnType === "DOUBLE"))
    appender.appendDouble(value as number);
  else appender.appendVarchar(String(value));
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
  const names = described.columnNames();
  const types = described.columnTypes().map((t) => t.toString().toUpperCase());
  const cells = names.map(cellOf);
  const appender = await connection.createAppender(stage, "main", "temp");
  try {
    for (const row of rows) {
      for (let c = 0; c < cells.length; c++) append(appender, cells[c]!.cell(row), cells[c]!.type, types[c]!);
      appender.endRow();
    }
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
  const inserted = await connection.runAndReadAll(insert, { seq });
  const ids = new Set<string>();
  for (const [id] of inserted.getRows()) ids.add(id as string);
  if (hasPendingLabels) {
    await connection.run(`DELETE FROM ${pending} WHERE id IN (SELECT id FROM ${stage})`);
  }
  await connection.run(`DROP TABLE ${stage}`);
  return ids;
}
