import type { SeriesService } from "../analysis/series-service.js";
import type { KeyRing } from "../auth/key-ring.js";
import type { UrlSigner } from "../auth/url-signer.js";
import type { EventHub } from "../events/event-hub.js";
import type { PredictionIngest } from "../ingest/prediction-ingest.js";
import type { Logger } from "../logger.js";
import type { SendToChannel } from "../notify/delivery-worker.js";
import type { ServerMetrics } from "../observability/server-metrics.js";
import type { ComparisonRunner } from "../registry/comparison-runner.js";
import type { ActionStore } from "../store/duckdb/action-store.js";
import type { AlertStore } from "../store/duckdb/alert-store.js";
import type { ChannelStore } from "../store/duckdb/channel-store.js";
import type { ComparisonStore } from "../store/duckdb/comparison-store.js";
import type { DeliveryStore } from "../store/duckdb/delivery-store.js";
import type { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import type { MonitorStore } from "../store/duckdb/monitor-store.js";
import type { SilenceStore } from "../store/duckdb/silence-store.js";

/** Everything a route needs, built once by the composition root (`start-server.ts`). */
export interface Services {
  readonly store: DuckDbStore;
  readonly keys: KeyRing;
  readonly monitors: MonitorStore;
  readonly alerts: AlertStore;
  readonly actions: ActionStore;
  readonly comparisons: ComparisonStore;
  /** Compares a newly registered version with the current one in the background (see ComparisonRunner). */
  readonly comparator: ComparisonRunner;
  readonly channels: ChannelStore;
  readonly silences: SilenceStore;
  readonly deliveries: DeliveryStore;
  readonly ingest: PredictionIngest;
  readonly events: EventHub;
  readonly metrics: ServerMetrics;
  /** Metrics per time bucket, shared by the time-series endpoint and monitors. */
  readonly series: SeriesService;
  readonly logger: Logger;
  /** Where uploads are spooled before DuckDB parses them. */
  readonly scratchDir: string;
  readonly now: () => number;
  /** The URL people reach the server at (`--external-url`, else the listening address), for links. */
  readonly externalUrl: () => string;
  /** Sends a notification to a stored channel; throws for a network failure or timeout. */
  readonly send: SendToChannel;
  readonly version: string;
  /** Signs URLs that need no API key until they expire (exports handed to training pipelines). */
  readonly signer: UrlSigner;
  /** Limits of calls to models' prediction endpoints (explanations). */
  readonly endpoint: { readonly timeoutMs: number };
}
