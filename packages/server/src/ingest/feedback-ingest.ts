import type { RejectedRecord } from "@telltale/core";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { FeedbackRow, LabelRow } from "../store/types.js";
import { rejection } from "./record-fields.js";
import { validateFeedback } from "./validate-feedback.js";

export interface FeedbackResult {
  /** Records whose prediction is stored. */
  readonly matched: number;
  /** Records kept for a prediction that has not arrived; they join it when it does. */
  readonly pending: number;
  /** Records whose key was already stored: retries, not stored again. */
  readonly duplicates: number;
  /** Corrections that also became the prediction's label. */
  readonly promoted: number;
  readonly rejected: readonly RejectedRecord[];
}

/**
 * Stores feedback, and turns corrections into labels when the record says `promote: true`, or the model's
 * `correctionsAsLabels` is on and the record does not say `promote: false`. Promoted labels go the labels' way:
 * joined now or pending until the prediction arrives, a later one for an id replacing the earlier.
 */
export async function ingestFeedback(
  store: DuckDbStore,
  modelName: string,
  records: readonly unknown[],
  receivedAt: number,
): Promise<FeedbackResult> {
  const model = store.model(modelName);
  const rejected: RejectedRecord[] = [];
  const rows: FeedbackRow[] = [];
  const labels = new Map<string, LabelRow>();
  records.forEach((raw, index) => {
    const check = validateFeedback(raw, model.task, receivedAt);
    if (!check.success) {
      rejected.push(rejection(index, check));
      return;
    }
    rows.push(check.row);
    const { row } = check;
    if (row.kind === "correction" && (check.promote ?? model.correctionsAsLabels)) {
      labels.delete(row.id);
      labels.set(row.id, { id: row.id, label: row.number ?? row.text!, timestamp: row.timestamp });
    }
  });
  if (rows.length === 0) return { matched: 0, pending: 0, duplicates: 0, promoted: 0, rejected };
  const written = await store.appendFeedback(modelName, rows, [...labels.values()]);
  return { ...written, promoted: labels.size, rejected };
}
