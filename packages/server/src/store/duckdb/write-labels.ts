import { type DuckDBConnection, listValue } from "@duckdb/node-api";
import type { LabelRow } from "../types.js";
import { pendingLabelsTable, predictionsTable } from "./model-tables.js";

export interface LabelWrite {
  readonly matched: number;
  readonly pending: number;
}

/**
 * Joins labels to stored predictions by id inside the caller's transaction; the rest wait in the pending table
 * until their prediction arrives. A later label for an id replaces the earlier one on either side.
 */
export async function writeLabels(
  connection: DuckDBConnection,
  modelId: number,
  labels: readonly LabelRow[],
  outcomeIsNumber: boolean,
  seq: number,
): Promise<LabelWrite> {
  const stage = `stage_labels_${modelId}`;
  const pending = pendingLabelsTable(modelId);
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT * FROM ${pending} LIMIT 0`);
  const appender = await connection.createAppender(stage, "main", "temp");
  try {
    for (const label of labels) {
      appender.appendVarchar(label.id);
      if (outcomeIsNumber) appender.appendDouble(label.label as number);
      else appender.appendVarchar(String(label.label));
      appender.appendBigInt(BigInt(label.timestamp));
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  const updated = await connection.runAndReadAll(
    `UPDATE ${predictionsTable(modelId)} p SET label = s.label, label_ts = s.ts, seq = $seq
     FROM ${stage} s WHERE p.id = s.id RETURNING p.id`,
    { seq },
  );
  const matched = updated.currentRowCount;
  if (matched > 0) {
    const ids = updated.getRows().map(([id]) => id as string);
    await connection.run(`DELETE FROM ${stage} WHERE id IN (SELECT unnest($ids))`, { ids: listValue(ids) });
  }
  const rest = await connection.runAndReadAll(`SELECT count(*) FROM ${stage}`);
  const waiting = Number(rest.getRows()[0]![0]);
  if (waiting > 0) await connection.run(`INSERT OR REPLACE INTO ${pending} SELECT * FROM ${stage}`);
  await connection.run(`DROP TABLE ${stage}`);
  return { matched, pending: waiting };
}
