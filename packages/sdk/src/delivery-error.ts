import type { LabelRecord, PredictionRecord } from "@telltale/core";

export type BatchKind = "predictions" | "labels" | "feedback";

export type DeliveryErrorCode = "TELLTALE_SDK_BATCH_REJECTED" | "TELLTALE_SDK_RETRIES_EXHAUSTED";

export interface DeliveryErrorInit {
  readonly code: DeliveryErrorCode;
  readonly kind: BatchKind;
  readonly status: number | undefined;
  readonly detail: unknown;
  readonly attempts: number;
  /** The batch's records as the JSON that was sent; parsed only if someone reads `records`. */
  readonly json: readonly string[];
}

/**
 * A batch that was not stored: the server refused it with a 4xx (`TELLTALE_SDK_BATCH_REJECTED`, `body` holds
 * its `{error: {code, message, details}}`) or every retry failed (`TELLTALE_SDK_RETRIES_EXHAUSTED`).
 */
export class TelltaleDeliveryError extends Error {
  override readonly name = "TelltaleDeliveryError";
  readonly code: DeliveryErrorCode;
  readonly kind: BatchKind;
  /** Last HTTP status; undefined when the last attempt got no answer (connection refused, timeout). */
  readonly status: number | undefined;
  /** The server's answer body (parsed JSON, else text); undefined when there was no answer. */
  readonly body: unknown;
  readonly attempts: number;
  /** How many records the batch held. */
  readonly count: number;
  readonly #json: readonly string[];

  constructor(init: DeliveryErrorInit) {
    const noAnswer = init.status === undefined;
    super(
      `${init.json.length} ${init.kind} not delivered after ${init.attempts} attempt(s): ${describe(init)}`,
      noAnswer ? { cause: init.detail } : undefined,
    );
    this.code = init.code;
    this.kind = init.kind;
    this.status = init.status;
    this.body = noAnswer ? undefined : init.detail;
    this.attempts = init.attempts;
    this.count = init.json.length;
    this.#json = init.json;
  }

  /** The records of the failed batch, with the timestamps they were stamped with, e.g. to write them aside. */
  get records(): readonly (PredictionRecord | LabelRecord)[] {
    return this.#json.map((line) => JSON.parse(line) as PredictionRecord | LabelRecord);
  }
}

function describe(init: DeliveryErrorInit): string {
  if (init.status === undefined) {
    if (!(init.detail instanceof Error)) return "no answer";
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ...) is on its cause.
    const code = (init.detail.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${init.detail.message} (${code})` : init.detail.message;
  }
  const error = (init.detail as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const said = typeof error?.message === "string" ? ` ${String(error.code)}: ${error.message}` : "";
  return `HTTP ${init.status}${said}`;
}
