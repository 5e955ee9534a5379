import { type DuckDBConnection, listValue } from "@duckdb/node-api";
import type { FeedbackRow } from "../types.js";
import { feedbackTable, predictionsTable } from "./model-tables.js";

/**
 * Appends feedback inside the caller's transaction and marks the predictions it names as changed (`seq`), so
 * cached series over their buckets are recomputed. A record whose key is already stored (or repeats in the batch)
 * is a retry and is skipped (`duplicates`). Counts the records whose prediction is stored (`matched`) and those that
 * wait for it.
 */
export async function writeFeedback(
  connection: DuckDBConnection,
  modelId: number,
  feedback: readonly FeedbackRow[],
  seq: number,
): Promise<{ matched: number; pending: number; duplicates: number }> {
  const keys = [...new Set(feedback.flatMap((f) => (f.key === null ? [] : [f.key])))];
  const stored = new Set<string>();
  if (keys.length > 0) {
    const found = await connection.runAndReadAll(
      `SELECT DISTINCT "key" FROM ${feedbackTable(modelId)} WHERE "key" IN (SELECT unnest($keys))`,
      { keys: listValue(keys) },
    );
    for (const [key] of found.getRows()) stored.add(String(key));
  }
  const fresh = feedback.filter((f) => {
    if (f.key === null) return true;
    if (stored.has(f.key)) return false;
    stored.add(f.key);
    return true;
  });
  const duplicates = feedback.length - fresh.length;
  if (fresh.length === 0) return { matched: 0, pending: 0, duplicates };
  const appender = await connection.createAppender(feedbackTable(modelId));
  try {
    for (const row of fresh) {
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
      if (row.key === null) appender.appendNull();
      else appender.appendVarchar(row.key);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  const ids = [...new Set(fresh.map((f) => f.id))];
  const updated = await connection.runAndReadAll(
    `UPDATE ${predictionsTable(modelId)} SET seq = $seq WHERE id IN (SELECT unnest($ids)) RETURNING id`,
    { seq, ids: listValue(ids) },
  );
  const found = new Set(updated.getRows().map(([id]) => String(id)));
  const matched = fresh.filter((f) => found.has(f.id)).length;
  return { matched, pending: fresh.length - matched, duplicates };
}
