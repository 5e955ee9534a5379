import { type DuckDBConnection, listValue } from "@duckdb/node-api";
import type { FeedbackRow } from "../types.js";
import { feedbackTable, predictionsTable } from "./model-tables.js";

/**
 * Appends feedback inside the caller's transaction and marks the predictions it names as changed (`seq`), so
 * cached series over their buckets are recomputed. Counts the records whose prediction is stored (`matched`) and those that wait for it.
 */
export async function writeFeedback(
  connection: DuckDBConnection,
  modelId: number,
  feedback: readonly FeedbackRow[],
  seq: number,
): Promise<{ matched: number; pending: number }> {
  const appender = await connection.createAppender(feedbackTable(modelId));
  try {
    for (const row of feedback) {
      appender.appendVarchar(row.id);
      appender.appendVarchar(row.kind);
      if (row.number === null) appender.appendNull();
      else appender.appendDouble(row.number);
      if (row.text === null) appender.appendNull();
      else appender.appendVarchar(row.text);
      if (row.user === null) appender.appendNull();
      else appender.appendVarchar(row.user);
      appender.appendBigInt(BigInt(row.timestamp));
      appender.appendBigInt(BigInt(row.receivedAt));
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  const ids = [...new Set(feedback.map((f) => f.id))];
  const updated = await connection.runAndReadAll(
    `UPDATE ${predictionsTable(modelId)} SET seq = $seq WHERE id IN (SELECT unnest($ids)) RETURNING id`,
    { seq, ids: listValue(ids) },
  );
  const found = new Set(updated.getRows().map(([id]) => String(id)));
  const matched = feedback.filter((f) => found.has(f.id)).length;
  return { matched, pending: feedback.length - matched };
}
