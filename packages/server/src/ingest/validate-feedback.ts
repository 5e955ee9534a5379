import type { Task } from "@telltale/core";
import type { FeedbackKind, FeedbackRow } from "../store/types.js";
import {
  codeOf,
  describe,
  type Field,
  isPlainObject,
  readClassLabel,
  readId,
  readNumber,
  readTimestamp,
} from "./record-fields.js";

export const FEEDBACK_KINDS: readonly FeedbackKind[] = ["thumbs", "rating", "correction", "comment"];
export const MAX_COMMENT_LENGTH = 10_000;
const MAX_USER_LENGTH = 256;

export type FeedbackCheck =
  | {
      readonly success: true;
      readonly row: FeedbackRow;
      /** The record asked for its correction to become the label (`promote: true`), or refused it (`false`). */
      readonly promote: boolean | undefined;
    }
  | { readonly success: false; readonly id?: string; readonly code: string; readonly message: string };

const ok = <T>(value: T): Field<T> => ({ ok: true, value });
const bad = (reason: string): Field<never> => ({ ok: false, reason });

/** Thumbs take the forms feedback widgets send: booleans, up/down, 1/0/−1. */
function readThumb(value: unknown): Field<number> {
  if (value === true || value === 1 || value === "up") return ok(1);
  if (value === false || value === 0 || value === -1 || value === "down") return ok(0);
  return bad(`a thumbs value must be true/false, "up"/"down" or 1/0/-1, got ${describe(value)}`);
}

function readText(value: unknown): Field<string> {
  if (typeof value !== "string" || value.length === 0)
    return bad(`a comment must be non-empty text, got ${describe(value)}`);
  if (value.length > MAX_COMMENT_LENGTH)
    return bad(`a comment is longer than ${MAX_COMMENT_LENGTH} characters`);
  return ok(value);
}

/** One feedback record's value, stored as a number (thumbs, rating, a regression correction) or as text. */
function readValue(
  kind: FeedbackKind,
  value: unknown,
  task: Task,
): Field<{ number: number | null; text: string | null }> {
  const asNumber = (f: Field<number>) => (f.ok ? ok({ number: f.value, text: null }) : f);
  const asText = (f: Field<string>) => (f.ok ? ok({ number: null, text: f.value }) : f);
  switch (kind) {
    case "thumbs":
      return asNumber(readThumb(value));
    case "rating":
      return asNumber(readNumber(value, "a rating"));
    case "correction":
      return task === "regression"
        ? asNumber(readNumber(value, "a correction"))
        : asText(readClassLabel(value, "a correction"));
    case "comment":
      return asText(readText(value));
  }
}

/** Checks one feedback record: `{id, kind, value, user?, timestamp?, promote?, key?}`. */
export function validateFeedback(raw: unknown, task: Task, receivedAt: number): FeedbackCheck {
  if (!isPlainObject(raw))
    return {
      success: false,
      code: "TELLTALE_BAD_RECORD",
      message: `feedback must be an object, got ${describe(raw)}`,
    };
  if (raw.id === undefined) return { success: false, code: "TELLTALE_MISSING_ID", message: "id is required" };
  const id = readId(raw.id);
  if (!id.ok) return { success: false, code: "TELLTALE_BAD_ID", message: id.reason };
  const fail = (code: string, message: string): FeedbackCheck => ({
    success: false,
    id: id.value,
    code,
    message,
  });
  const kind = raw.kind;
  if (typeof kind !== "string" || !(FEEDBACK_KINDS as readonly string[]).includes(kind)) {
    return fail(
      "TELLTALE_BAD_FEEDBACK_KIND",
      `kind must be one of ${FEEDBACK_KINDS.join(", ")}, got ${describe(kind)}`,
    );
  }
  if (raw.value === undefined || raw.value === null)
    return fail("TELLTALE_MISSING_VALUE", "value is required");
  const value = readValue(kind as FeedbackKind, raw.value, task);
  if (!value.ok) return fail(codeOf(value, "TELLTALE_WRONG_TYPE"), value.reason);
  let user: string | null = null;
  if (raw.user !== undefined && raw.user !== null) {
    if (typeof raw.user !== "string" || raw.user.length === 0 || raw.user.length > MAX_USER_LENGTH) {
      return fail(
        "TELLTALE_WRONG_TYPE",
        `user must be text of 1 to ${MAX_USER_LENGTH} characters, got ${describe(raw.user)}`,
      );
    }
    user = raw.user;
  }
  let key: string | null = null;
  if (raw.key !== undefined && raw.key !== null) {
    if (typeof raw.key !== "string" || raw.key.length === 0 || raw.key.length > MAX_USER_LENGTH) {
      return fail(
        "TELLTALE_WRONG_TYPE",
        `key must be text of 1 to ${MAX_USER_LENGTH} characters, got ${describe(raw.key)}`,
      );
    }
    key = raw.key;
  }
  if (raw.promote !== undefined && typeof raw.promote !== "boolean") {
    return fail("TELLTALE_WRONG_TYPE", `promote must be true or false, got ${describe(raw.promote)}`);
  }
  if (raw.promote === true && kind !== "correction") {
    return fail("TELLTALE_BAD_RECORD", "only a correction can be promoted to a label");
  }
  const timestamp = readTimestamp(raw.timestamp, receivedAt);
  if (!timestamp.ok) return fail(codeOf(timestamp, "TELLTALE_BAD_TIMESTAMP"), timestamp.reason);
  return {
    success: true,
    row: {
      id: id.value,
      kind: kind as FeedbackKind,
      ...value.value,
      user,
      timestamp: timestamp.value,
      receivedAt,
      key,
    },
    promote: raw.promote as boolean | undefined,
  };
}
