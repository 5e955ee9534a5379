import type { LabelRecord, LabelValue, PredictionRecord, RejectedRecord } from "@telltale/core";
import { BatchLane } from "./batch-lane.js";
import { deliverBatch } from "./deliver-batch.js";
import { type BatchKind, TelltaleDeliveryError } from "./delivery-error.js";
import { postBatch } from "./post-batch.js";
import { type ResolvedOptions, resolveOptions, type TelltaleOptions } from "./telltale-options.js";
import type { LabelStats, PredictionStats, TelltaleStats } from "./telltale-stats.js";

type Counters = { -readonly [K in keyof Omit<PredictionStats & LabelStats, "buffered" | "dropped">]: number };

/**
 * Logs predictions, labels and user feedback to a Telltale server from serving code. `log()`, `label()` and
 * `feedback()` only queue: they
 * never wait on the network and never throw because of it; delivery, retries and failures happen behind them
 * and show in `stats()` and the `onError` callback.
 */
export class Telltale {
  readonly #options: ResolvedOptions;
  readonly #lanes: Record<BatchKind, BatchLane>;
  readonly #counters: Record<BatchKind, Counters> = {
    predictions: counters(),
    labels: counters(),
    feedback: counters(),
  };
  /** Records logged after close(), which no lane will send. */
  readonly #droppedAfterClose: Record<BatchKind, number> = { predictions: 0, labels: 0, feedback: 0 };
  #closing: Promise<void> | undefined;

  constructor(options: TelltaleOptions) {
    this.#options = resolveOptions(options);
    this.#lanes = {
      predictions: this.#lane("predictions"),
      labels: this.#lane("labels"),
      feedback: this.#lane("feedback"),
    };
  }

  /**
   * Queues one prediction, stamped with `Date.now()` when it has no timestamp so queueing delay does not shift
   * its time. The record is serialised now, so later changes to the object are not sent.
   * @throws TypeError when `record` is not an object, its `id` is not a non-empty string, or it cannot be
   * serialised to JSON (a BigInt, a cycle): these are bugs in the caller, not conditions to recover from.
   */
  log(record: PredictionRecord): void {
    if (typeof record !== "object" || record === null) {
      throw new TypeError("Telltale.log: record must be an object");
    }
    checkId(record.id, "Telltale.log");
    const stamped = record.timestamp === undefined ? { ...record, timestamp: Date.now() } : record;
    this.#push("predictions", stamped);
  }

  /**
   * Queues the ground truth of prediction `id`; it joins the prediction whichever arrives first.
   * @param timestamp when the label became known; `Date.now()` when omitted.
   * @throws TypeError when `id` is not a non-empty string or `label` is not a string, number or boolean.
   */
  label(id: string, label: LabelValue, timestamp?: string | number): void {
    checkId(id, "Telltale.label");
    if (typeof label !== "string" && typeof label !== "number" && typeof label !== "boolean") {
      throw new TypeError(`Telltale.label: label of "${id}" must be a string, number or boolean`);
    }
    const record: LabelRecord = { id, label, timestamp: timestamp ?? Date.now() };
    this.#push("labels", record);
  }

  /**
   * Queues a user's feedback on prediction `id`: a thumbs up or down (`true`/`false`), a rating, a correction (the
   * right class or value) or a comment. It is not ground truth; it joins the prediction whichever arrives first.
   * @param options `user`, `timestamp` (default `Date.now()`), and for a correction `promote: true` to make it the
   * prediction's label.
   * @throws TypeError when `id` is empty or the value does not fit the kind.
   */
  feedback(
    id: string,
    kind: FeedbackKind,
    value: boolean | number | string,
    options: {
      readonly user?: string;
      readonly timestamp?: string | number;
      readonly promote?: boolean;
    } = {},
  ): void {
    checkId(id, "Telltale.feedback");
    const expected = Object.hasOwn(FEEDBACK_VALUES, kind) ? FEEDBACK_VALUES[kind] : undefined;
    if (expected === undefined) {
      throw new TypeError(
        `Telltale.feedback: kind must be thumbs, rating, correction or comment, got ${String(kind)}`,
      );
    }
    if (!expected.includes(typeof value)) {
      throw new TypeError(`Telltale.feedback: a ${kind} of "${id}" must be a ${expected.join(" or ")}`);
    }
    this.#push("feedback", {
      id,
      kind,
      value,
      // Feedback is appended, not keyed by the prediction: the key makes a retried batch store each record once.
      key: globalThis.crypto.randomUUID(),
      timestamp: options.timestamp ?? Date.now(),
      ...(options.user !== undefined ? { user: options.user } : {}),
      ...(options.promote !== undefined ? { promote: options.promote } : {}),
    });
  }

  /** Resolves when every record logged before the call has been delivered or has finally failed; never rejects. */
  async flush(): Promise<void> {
    await Promise.all(Object.values(this.#lanes).map((lane) => lane.flush()));
  }

  /**
   * Flushes, then stops: later `log()` and `label()` calls send nothing and count as dropped. Call it on
   * shutdown; the batch timer does not keep a Node process alive, so records still queued at exit are lost.
   */
  close(): Promise<void> {
    this.#closing ??= Promise.all(Object.values(this.#lanes).map((lane) => lane.close())).then(
      () => undefined,
    );
    return this.#closing;
  }

  stats(): TelltaleStats {
    const p = this.#counters.predictions;
    const joined = (kind: "labels" | "feedback"): LabelStats => {
      const c = this.#counters[kind];
      return {
        buffered: this.#lanes[kind].buffered,
        sent: c.sent,
        matched: c.matched,
        pending: c.pending,
        rejected: c.rejected,
        failed: c.failed,
        dropped: this.#lanes[kind].dropped + this.#droppedAfterClose[kind],
        retries: c.retries,
      };
    };
    return {
      buffered: this.#lanes.predictions.buffered,
      sent: p.sent,
      accepted: p.accepted,
      duplicates: p.duplicates,
      rejected: p.rejected,
      failed: p.failed,
      dropped: this.#lanes.predictions.dropped + this.#droppedAfterClose.predictions,
      retries: p.retries,
      labels: joined("labels"),
      feedback: joined("feedback"),
    };
  }

  #push(kind: BatchKind, record: PredictionRecord | LabelRecord | FeedbackRecord): void {
    if (this.#closing !== undefined) {
      this.#droppedAfterClose[kind]++;
      return;
    }
    this.#lanes[kind].push(JSON.stringify(record));
  }

  #lane(kind: BatchKind): BatchLane {
    const { url, model, apiKey, timeoutMs, fetch } = this.#options;
    const endpoint = `${url}/api/v1/models/${encodeURIComponent(model)}/${kind}`;
    const counts = this.#counters[kind];
    return new BatchLane({
      batchSize: this.#options.batchSize,
      flushIntervalMs: this.#options.flushIntervalMs,
      maxBuffered: this.#options.maxBuffered,
      send: async (batch) => {
        const body = `{"records":[${batch.join(",")}]}`;
        const result = await deliverBatch(
          () => postBatch({ fetch, url: endpoint, apiKey, body, timeoutMs }),
          this.#options,
          { sleep, random: Math.random, onRetry: () => counts.retries++ },
        );
        if (result.ok) {
          this.#count(kind, batch.length, result.answer);
          return;
        }
        counts.failed += batch.length;
        const code =
          result.reason === "rejected" ? "TELLTALE_SDK_BATCH_REJECTED" : "TELLTALE_SDK_RETRIES_EXHAUSTED";
        const error = new TelltaleDeliveryError({ code, kind, ...result, json: batch });
        callSafely(() => this.#options.onError?.(error));
      },
    });
  }

  /** Adds a 200 answer (`IngestResult` or `LabelResult`) to the counters; missing fields count as zero. */
  #count(kind: BatchKind, records: number, answer: unknown): void {
    const counts = this.#counters[kind];
    const body = (typeof answer === "object" && answer !== null ? answer : {}) as Record<string, unknown>;
    counts.sent += records;
    counts.accepted += count(body.accepted);
    counts.duplicates += count(body.duplicates);
    counts.matched += count(body.matched);
    counts.pending += count(body.pending);
    const rejected = Array.isArray(body.rejected) ? (body.rejected as RejectedRecord[]) : [];
    counts.rejected += rejected.length;
    if (rejected.length > 0) callSafely(() => this.#options.onRejected?.(rejected, kind));
  }
}

export type FeedbackKind = "thumbs" | "rating" | "correction" | "comment";

interface FeedbackRecord {
  readonly id: string;
  readonly key: string;
  readonly kind: FeedbackKind;
  readonly value: boolean | number | string;
  readonly timestamp: string | number;
  readonly user?: string;
  readonly promote?: boolean;
}

/** The JavaScript types each kind's value may have, as the server reads them. */
const FEEDBACK_VALUES: Readonly<Record<FeedbackKind, readonly string[]>> = {
  thumbs: ["boolean", "number", "string"],
  rating: ["number"],
  correction: ["string", "number", "boolean"],
  comment: ["string"],
};

function counters(): Counters {
  return { sent: 0, accepted: 0, duplicates: 0, matched: 0, pending: 0, rejected: 0, failed: 0, retries: 0 };
}

function checkId(id: unknown, caller: string): void {
  if (typeof id !== "string" || id === "") throw new TypeError(`${caller}: id must be a non-empty string`);
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** Retry waits keep the process alive on purpose: `await close()` at exit must be able to finish delivering. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A throwing user callback must not break delivery of the batches after it. */
function callSafely(callback: () => void): void {
  try {
    callback();
  } catch {
    // Ignored by design; see the doc comment.
  }
}
