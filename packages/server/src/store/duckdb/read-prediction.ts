import type { DuckDBConnection } from "@duckdb/node-api";
import type { FeedbackKind, Model, StoredFeedback, StoredPrediction } from "../types.js";
import { feedbackTable, predictionsTable } from "./model-tables.js";

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();

/** One stored prediction with its label; prefixed columns turn back into the record's maps. */
export async function readStoredPrediction(
  connection: DuckDBConnection,
  model: Model,
  id: string,
): Promise<StoredPrediction | undefined> {
  const result = await connection.runAndReadAll(
    `SELECT * FROM ${predictionsTable(model.id)} WHERE id = $id`,
    { id },
  );
  const row = result.getRowObjectsJS()[0] as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const features: Record<string, number | string | null> = {};
  const segment: Record<string, string | null> = {};
  const classScores: Record<string, number> = {};
  for (const [column, value] of Object.entries(row)) {
    const name = column.slice(2);
    if (column.startsWith("f:")) features[name] = value as number | string | null;
    else if (column.startsWith("s:") && value !== null) segment[name] = value as string;
    else if (column.startsWith("c:") && value !== null) classScores[name] = value as number;
  }
  return {
    id: String(row.id),
    version: String(row.version),
    timestamp: iso(row.ts),
    receivedAt: iso(row.received_at),
    prediction: row.prediction as string | number,
    score: row.score !== null ? Number(row.score) : Object.keys(classScores).length > 0 ? classScores : null,
    label: (row.label ?? null) as string | number | null,
    labelTimestamp: row.label_ts === null ? null : iso(row.label_ts),
    features,
    segment,
    attributions: row.attributions === null ? null : JSON.parse(String(row.attributions)),
    feedback: await readFeedbackOf(connection, model, id),
  };
}

/** A prediction's feedback, oldest first, each value in the form it was posted. */
async function readFeedbackOf(
  connection: DuckDBConnection,
  model: Model,
  id: string,
): Promise<StoredFeedback[]> {
  const result = await connection.runAndReadAll(
    `SELECT kind, number, text, "user", ts FROM ${feedbackTable(model.id)} WHERE id = $id ORDER BY ts, received_at`,
    { id },
  );
  return (result.getRowObjectsJS() as Record<string, unknown>[]).map((r) => {
    const kind = r.kind as FeedbackKind;
    const number = r.number === null ? null : Number(r.number);
    const value =
      kind === "thumbs"
        ? number === 1
        : kind === "rating" || (kind === "correction" && model.task === "regression")
          ? (number ?? String(r.text))
          : String(r.text);
    return { kind, value, user: r.user === null ? null : String(r.user), timestamp: iso(r.ts) };
  });
}
