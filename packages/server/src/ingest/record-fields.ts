/** Small field checks shared by prediction and label validation: each returns a value or a reason. */

/** `notFinite`: a number field held NaN or ±Infinity (JSON's 1e999 parses as Infinity). */
export type Field<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string; readonly notFinite?: true };

const ok = <T>(value: T): Field<T> => ({ ok: true, value });
const bad = (reason: string): Field<never> => ({ ok: false, reason });
const notFinite = (reason: string): Field<never> => ({ ok: false, reason, notFinite: true });

/** The rejection code of a failed field. */
export const codeOf = (field: { readonly notFinite?: true }, otherwise: string) =>
  field.notFinite ? "TELLTALE_NOT_FINITE" : otherwise;

export const MAX_ID_LENGTH = 256;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `a ${typeof value}`;
}

/** Ids are strings; an integer is accepted and kept as its decimal text, since many systems key by number. */
export function readId(value: unknown): Field<string> {
  if (typeof value === "number" && Number.isSafeInteger(value)) return ok(String(value));
  if (typeof value !== "string" || value.length === 0)
    return bad(`id must be a non-empty string, got ${describe(value)}`);
  if (value.length > MAX_ID_LENGTH) return bad(`id is longer than ${MAX_ID_LENGTH} characters`);
  return ok(value);
}

/** ISO 8601 text or epoch milliseconds; absent means the time of receipt. */
export function readTimestamp(value: unknown, receivedAt: number): Field<number> {
  if (value === undefined || value === null) return ok(receivedAt);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notFinite(`timestamp must be finite, got ${describe(value)}`);
    return ok(Math.round(value));
  }
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (Number.isNaN(ms))
      return bad(`timestamp ${JSON.stringify(value)} is not ISO 8601 or epoch milliseconds`);
    return ok(ms);
  }
  return bad(`timestamp must be an ISO 8601 string or epoch milliseconds, got ${describe(value)}`);
}

/** Classification labels are compared as text: 1, "1" and true/"true" name the same class as their string form. */
export function readClassLabel(value: unknown, field: string): Field<string> {
  if (typeof value === "string" && value.length > 0) return ok(value);
  if (typeof value === "boolean") return ok(String(value));
  if (typeof value === "number" && Number.isFinite(value)) return ok(String(value));
  if (typeof value === "number") return notFinite(`${field} must be finite, got ${value}`);
  return bad(`${field} must be a class label (string, number or boolean), got ${describe(value)}`);
}

export function readNumber(value: unknown, field: string): Field<number> {
  if (typeof value === "number" && Number.isFinite(value)) return ok(value);
  if (typeof value === "number") return notFinite(`${field} must be a finite number, got ${value}`);
  return bad(`${field} must be a finite number, got ${describe(value)}`);
}

export function readProbability(value: unknown, field: string): Field<number> {
  const n = readNumber(value, field);
  if (!n.ok) return n;
  if (n.value < 0 || n.value > 1) return bad(`${field} must be a probability in [0, 1], got ${n.value}`);
  return n;
}

/** A failed check as the ingest answer lists it. */
export function rejection(
  index: number,
  check: { readonly id?: string; readonly code: string; readonly message: string },
): { index: number; id?: string; code: string; message: string } {
  return {
    index,
    ...(check.id !== undefined ? { id: check.id } : {}),
    code: check.code,
    message: check.message,
  };
}
