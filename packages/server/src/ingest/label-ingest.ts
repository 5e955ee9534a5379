import type { LabelResult, RejectedRecord } from "@telltale/core";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { LabelRow } from "../store/types.js";
import { rejection } from "./record-fields.js";
import { validateLabel } from "./validate-label.js";

/** Validates labels and joins them to predictions; within one request a later label for an id wins. */
export async function ingestLabels(
  store: DuckDbStore,
  modelName: string,
  records: readonly unknown[],
  receivedAt: number,
): Promise<LabelResult> {
  const model = store.model(modelName);
  const rejected: RejectedRecord[] = [];
  const byId = new Map<string, LabelRow>();
  records.forEach((raw, index) => {
    const check = validateLabel(raw, model.task, receivedAt);
    if (!check.success) {
      rejected.push(rejection(index, check));
      return;
    }
    byId.delete(check.row.id);
    byId.set(check.row.id, check.row);
  });
  if (byId.size === 0) return { matched: 0, pending: 0, rejected };
  const written = await store.appendLabels(modelName, [...byId.values()]);
  return { ...written, rejected };
}
