/** Counters of one record kind since the client was created; every record ends in exactly one of them. */
interface DeliveryCounters {
  /** Held in memory: queued plus the batch in flight. */
  readonly buffered: number;
  /** In batches the server answered 200 for (accepted, duplicate or rejected one by one). */
  readonly sent: number;
  /** Refused one by one inside a 200 answer; see `onRejected`. */
  readonly rejected: number;
  /** In batches that were not stored: a 4xx answer or retries exhausted; see `onError`. */
  readonly failed: number;
  /** Dropped, oldest first, because `maxBuffered` were queued, or logged after `close()`. */
  readonly dropped: number;
  /** Retry attempts (requests, not records). */
  readonly retries: number;
}

export interface PredictionStats extends DeliveryCounters {
  /** Stored for the first time. */
  readonly accepted: number;
  /** Already stored under the same id, e.g. a retry of a batch whose answer was lost. */
  readonly duplicates: number;
}

export interface LabelStats extends DeliveryCounters {
  /** Joined to a stored prediction. */
  readonly matched: number;
  /** Stored, waiting for their prediction to arrive. */
  readonly pending: number;
}

/** Prediction counters at the top level, label counters under `labels`, feedback counters under `feedback`. */
export interface TelltaleStats extends PredictionStats {
  readonly labels: LabelStats;
  /** `matched`: feedback whose prediction is stored; `pending`: waiting for it. */
  readonly feedback: LabelStats;
}
