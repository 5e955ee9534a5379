import type { Task } from "@telltale/core";
import type { LabelRow } from "../store/types.js";
import {
  codeOf,
  describe,
  isPlainObject,
  readClassLabel,
  readId,
  readNumber,
  readTimestamp,
} from "./record-fields.js";

export type LabelCheck =
  | { readonly success: true; readonly row: LabelRow }
  | { readonly success: false; readonly id?: string; readonly code: string; readonly message: string };

/** Checks one label record: ground truth or user feedback for a prediction id. */
export function validateLabel(raw: unknown, task: Task, receivedAt: number): LabelCheck {
  if (!isPlainObject(raw))
    return {
      success: false,
      code: "TELLTALE_BAD_RECORD",
      message: `a label must be an object, got ${describe(raw)}`,
    };
  if (raw.id === undefined) return { success: false, code: "TELLTALE_MISSING_ID", message: "id is required" };
  const id = readId(raw.id);
  if (!id.ok) return { success: false, code: "TELLTALE_BAD_ID", message: id.reason };
  if (raw.label === undefined || raw.label === null) {
    return { success: false, id: id.value, code: "TELLTALE_MISSING_LABEL", message: "label is required" };
  }
  const label = task === "regression" ? readNumber(raw.label, "label") : readClassLabel(raw.label, "label");
  if (!label.ok)
    return {
      success: false,
      id: id.value,
      code: codeOf(label, "TELLTALE_WRONG_TYPE"),
      message: label.reason,
    };
  const timestamp = readTimestamp(raw.timestamp, receivedAt);
  if (!timestamp.ok)
    return {
      success: false,
      id: id.value,
      code: codeOf(timestamp, "TELLTALE_BAD_TIMESTAMP"),
      message: timestamp.reason,
    };
  return { success: true, row: { id: id.value, label: label.value, timestamp: timestamp.value } };
}
