import type { RejectedRecord } from "@telltale/core";
import type { BatchKind, TelltaleDeliveryError } from "./delivery-error.js";
import type { FetchLike } from "./fetch-like.js";

export interface TelltaleOptions {
  /** Base URL of the Telltale server, e.g. `https://telltale.internal:8080`. */
  readonly url: string;
  readonly apiKey: string;
  /** The model name records are logged to. */
  readonly model: string;
  /** Records per request; the server accepts up to 10,000. Default 500. */
  readonly batchSize?: number;
  /** Longest a record waits for its batch to fill, in ms. Default 1000. */
  readonly flushIntervalMs?: number;
  /** Records queued per kind before the oldest are dropped. Default 10,000. */
  readonly maxBuffered?: number;
  /** Retries per batch after the first attempt. Default 8. */
  readonly maxRetries?: number;
  /** First retry waits up to this many ms; the ceiling doubles each retry. Default 200. */
  readonly backoffBaseMs?: number;
  /** Ceiling of any one backoff wait, in ms. Default 10,000. */
  readonly backoffCapMs?: number;
  /** Per request, in ms, after which the attempt is aborted and retried. Default 10,000. */
  readonly timeoutMs?: number;
  /** Defaults to the global `fetch`, looked up at call time so a polyfill installed later is used. */
  readonly fetch?: FetchLike;
  /** Called once for each batch that was not stored (4xx, or retries exhausted). */
  readonly onError?: (error: TelltaleDeliveryError) => void;
  /** Called with the records the server answered 200 for but refused one by one (bad field, unknown version). */
  readonly onRejected?: (rejected: readonly RejectedRecord[], kind: BatchKind) => void;
}

export type ResolvedOptions = Required<Omit<TelltaleOptions, "onError" | "onRejected">> &
  Pick<TelltaleOptions, "onError" | "onRejected">;

/** The server's cap on records per request. */
const MAX_BATCH = 10_000;

/** Fills defaults and checks every option, throwing on the first bad one so misconfiguration fails at startup. */
export function resolveOptions(options: TelltaleOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) throw new TypeError("Telltale: options are required");
  for (const name of ["url", "apiKey", "model"] as const) {
    const value: unknown = options[name];
    if (typeof value !== "string" || value === "") {
      throw new TypeError(`Telltale: option "${name}" must be a non-empty string`);
    }
  }
  const resolved: ResolvedOptions = {
    url: options.url.replace(/\/+$/, ""),
    apiKey: options.apiKey,
    model: options.model,
    batchSize: integer(options, "batchSize", 500, 1, MAX_BATCH),
    flushIntervalMs: integer(options, "flushIntervalMs", 1000, 1),
    maxBuffered: integer(options, "maxBuffered", 10_000, 1),
    maxRetries: integer(options, "maxRetries", 8, 0),
    backoffBaseMs: integer(options, "backoffBaseMs", 200, 0),
    backoffCapMs: integer(options, "backoffCapMs", 10_000, 0),
    timeoutMs: integer(options, "timeoutMs", 10_000, 1),
    fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    ...(options.onError !== undefined ? { onError: options.onError } : {}),
    ...(options.onRejected !== undefined ? { onRejected: options.onRejected } : {}),
  };
  return resolved;
}

type NumericOption = {
  [K in keyof TelltaleOptions]-?: NonNullable<TelltaleOptions[K]> extends number ? K : never;
}[keyof TelltaleOptions];

function integer(
  options: TelltaleOptions,
  name: NumericOption,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`Telltale: option "${name}" must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
