import { BoundedQueue } from "./bounded-queue.js";

export interface BatchLaneOptions {
  readonly batchSize: number;
  readonly flushIntervalMs: number;
  readonly maxBuffered: number;
  /** Delivers one batch (retrying as it sees fit) and resolves once it is settled; must not reject. */
  readonly send: (batch: readonly string[]) => Promise<void>;
}

interface FlushWaiter {
  readonly through: number;
  readonly resolve: () => void;
}

/**
 * The queue of one record kind: batches leave in order, one request at a time, when `batchSize` records wait,
 * when the oldest has waited `flushIntervalMs`, or on flush. Records are counted by sequence number so a flush
 * knows when everything queued before it has been sent, failed or dropped.
 */
export class BatchLane {
  readonly #options: BatchLaneOptions;
  readonly #queue: BoundedQueue<string>;
  /** Records ever queued; the next record's sequence number. */
  #queued = 0;
  /** Records ever taken off the queue, into a batch or dropped. */
  #dequeued = 0;
  /** Sequence number of the first record of the batch in flight, or undefined when none is. */
  #inFlightFrom: number | undefined;
  #inFlightCount = 0;
  /** Records below this sequence number leave without waiting for a full batch (timer fired, flush asked). */
  #drainThrough = 0;
  #waiters: FlushWaiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;
  dropped = 0;

  constructor(options: BatchLaneOptions) {
    this.#options = options;
    this.#queue = new BoundedQueue(options.maxBuffered);
  }

  /** Records held in memory: waiting in the queue plus the batch in flight. */
  get buffered(): number {
    return this.#queue.length + this.#inFlightCount;
  }

  push(json: string): void {
    const droppedOldest = this.#queue.push(json);
    this.#queued++;
    if (droppedOldest) {
      this.#dequeued++;
      this.dropped++;
      this.#resolveWaiters();
    }
    if (this.#queue.length >= this.#options.batchSize) this.#pump();
    else this.#armTimer();
  }

  /** Resolves once every record queued before the call has been sent, has finally failed or was dropped. */
  flush(): Promise<void> {
    const through = this.#queued;
    if (this.#settledThrough(through)) return Promise.resolve();
    this.#drainThrough = Math.max(this.#drainThrough, through);
    const done = new Promise<void>((resolve) => this.#waiters.push({ through, resolve }));
    this.#pump();
    return done;
  }

  /** Stops the timer for good and drains what is queued; the owner stops pushing. */
  close(): Promise<void> {
    this.#closed = true;
    this.#clearTimer();
    return this.flush();
  }

  #settledThrough(through: number): boolean {
    return this.#dequeued >= through && (this.#inFlightFrom === undefined || this.#inFlightFrom >= through);
  }

  #pump(): void {
    if (this.#inFlightFrom !== undefined || this.#queue.length === 0) return;
    if (this.#queue.length < this.#options.batchSize && this.#dequeued >= this.#drainThrough) {
      this.#armTimer();
      return;
    }
    this.#clearTimer();
    this.#inFlightFrom = this.#dequeued;
    const batch = this.#queue.take(this.#options.batchSize);
    this.#dequeued += batch.length;
    this.#inFlightCount = batch.length;
    this.#options
      .send(batch)
      .catch(() => {})
      .then(() => {
        this.#inFlightFrom = undefined;
        this.#inFlightCount = 0;
        this.#resolveWaiters();
        this.#pump();
      });
  }

  #resolveWaiters(): void {
    if (this.#waiters.length === 0) return;
    const waiting: FlushWaiter[] = [];
    for (const waiter of this.#waiters) {
      if (this.#settledThrough(waiter.through)) waiter.resolve();
      else waiting.push(waiter);
    }
    this.#waiters = waiting;
  }

  #armTimer(): void {
    if (this.#timer !== undefined || this.#closed || this.#queue.length === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#drainThrough = Math.max(this.#drainThrough, this.#queued);
      this.#pump();
    }, this.#options.flushIntervalMs);
    // An idle batch timer must not keep a Node process alive; browsers return a number without unref.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  #clearTimer(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
