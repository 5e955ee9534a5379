import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { ActionRunner } from "../actions/action-runner.js";
import { analysisRoutes } from "../analysis/analysis-routes.js";
import { ReferenceCache } from "../analysis/reference-cache.js";
import { segmentRoutes } from "../analysis/segment-routes.js";
import { SeriesService } from "../analysis/series-service.js";
import { sliceRoutes } from "../analysis/slice-routes.js";
import { summaryRoutes } from "../analysis/summary-routes.js";
import { versionHealth } from "../analysis/version-health.js";
import { KeyRing } from "../auth/key-ring.js";
import { signingSecret, UrlSigner } from "../auth/url-signer.js";
import type { Config } from "../config.js";
import { EventHub } from "../events/event-hub.js";
import { explainRoutes } from "../explain/explain-routes.js";
import { exportRoutes } from "../export/export-routes.js";
import { buildApp } from "../http/build-app.js";
import type { RouteTable } from "../http/route-table.js";
import { contextRoutes } from "../http/routes/context-routes.js";
import { findWebDist } from "../http/web-assets.js";
import { PredictionIngest } from "../ingest/prediction-ingest.js";
import { createLogger, type Logger } from "../logger.js";
import { backtestRoutes } from "../monitors/backtest-routes.js";
import { MonitorScheduler } from "../monitors/monitor-scheduler.js";
import type { ChannelConfig } from "../notify/channels/channel-config.js";
import { sendNotification } from "../notify/channels/index.js";
import { DeliveryWorker } from "../notify/delivery-worker.js";
import type { GroupTiming } from "../notify/group-schedule.js";
import type { Notification } from "../notify/notification.js";
import { NotificationRouter } from "../notify/notification-router.js";
import { ServerMetrics, type VersionHealth } from "../observability/server-metrics.js";
import { ComparisonRunner } from "../registry/comparison-runner.js";
import { ActionStore } from "../store/duckdb/action-store.js";
import { AlertStore } from "../store/duckdb/alert-store.js";
import { ChannelStore } from "../store/duckdb/channel-store.js";
import { ComparisonStore } from "../store/duckdb/comparison-store.js";
import { DeliveryStore } from "../store/duckdb/delivery-store.js";
import { DuckDbStore } from "../store/duckdb/duckdb-store.js";
import { GroupStore } from "../store/duckdb/group-store.js";
import { MonitorStore } from "../store/duckdb/monitor-store.js";
import { SilenceStore } from "../store/duckdb/silence-store.js";
import type { Services } from "./services.js";

export interface StartOptions {
  readonly config: Config;
  /** null keeps everything in memory (tests). */
  readonly dataDir?: string | null;
  readonly logger?: Logger;
  readonly now?: () => number;
  /** The built dashboard's directory; default `@telltale/web`'s dist, `null` for none. */
  readonly webDist?: string | null;
  readonly extraRoutes?: readonly ((routes: RouteTable, services: Services) => void)[];
  /** SSE heartbeat period in ms (default 15 s). */
  readonly heartbeatMs?: number;
  /** Per-version health for `/metrics`; by default the latest hour of each version against its reference. */
  readonly health?: (services: Services) => Promise<VersionHealth[]>;
  /** How often the monitor scheduler looks for due monitors, in ms (default 1 s); 0 leaves it stopped (tests drive it). */
  readonly monitorTickMs?: number;
  /** Notification grouping timing (Alertmanager's defaults: 30 s, 5 min, 4 h). */
  readonly groupTiming?: Partial<GroupTiming>;
}

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly services: Services;
  readonly scheduler: MonitorScheduler;
  readonly deliveryWorker: DeliveryWorker;
  /** Runs monitors' actions in the background; `drain()` waits for them. */
  readonly actionRunner: ActionRunner;
  /** Set on a first start without TELLTALE_ADMIN_KEY: the generated admin key, to print once. */
  readonly generatedAdminKey: string | undefined;
  /** Stops accepting, lets in-flight requests finish (their batches commit), then closes the store. */
  close(): Promise<void>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** The composition root: builds the store, services and HTTP app, wires them, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const now = options.now ?? Date.now;
  const dataDir = options.dataDir === undefined ? config.dataDir : options.dataDir;
  const store = await DuckDbStore.open(
    dataDir,
    config.memoryLimit !== undefined ? { memoryLimit: config.memoryLimit } : {},
  );
  const scratchDir = join(dataDir ?? tmpdir(), "tmp");
  mkdirSync(scratchDir, { recursive: true });
  const keys = await KeyRing.open(store, config.adminKey);
  const generatedAdminKey = await keys.bootstrap(now());
  const references = new ReferenceCache(store);
  let listeningUrl = `http://${config.host}:${config.port}`;
  const events = new EventHub();
  // Services reference each other through this object; it is complete before the first request.
  const services = {} as { -readonly [K in keyof Services]: Services[K] };
  const metrics = new ServerMetrics({
    storeBytes: () => store.sizeBytes(),
    storedPredictions: async () => {
      const out: { model: string; count: number }[] = [];
      for (const model of store.listModels()) {
        const counts = await store.counts(model.name);
        out.push({ model: model.name, count: counts.reduce((sum, c) => sum + c.predictions, 0) });
      }
      return out;
    },
    health: () => (options.health ?? ((all: Services) => versionHealth(all)))(services),
  });
  const totals = new Map<
    string,
    { accepted: number; duplicates: number; rejected: number; batches: number }
  >();
  const ingest = new PredictionIngest(store, (event) => {
    const { model, result } = event;
    metrics.ingestRows.inc({ model, outcome: "accepted" }, result.accepted);
    metrics.ingestRows.inc({ model, outcome: "duplicate" }, result.duplicates);
    metrics.ingestRows.inc({ model, outcome: "rejected" }, result.rejected.length);
    metrics.ingestBatchSeconds.observe({ model }, event.seconds);
    const total = totals.get(model) ?? { accepted: 0, duplicates: 0, rejected: 0, batches: 0 };
    total.accepted += result.accepted;
    total.duplicates += result.duplicates;
    total.rejected += result.rejected.length;
    total.batches += 1;
    totals.set(model, total);
    events.publish(model, {
      type: "ingest",
      data: {
        model,
        at: new Date(now()).toISOString(),
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected.length,
        newFeatures: result.newFeatures ?? [],
        sinceStart: { ...total },
        pendingLabels: store.pendingLabels(model),
      },
    });
  });
  Object.assign(services, {
    store,
    keys,
    ingest,
    events,
    metrics,
    series: new SeriesService(store, references),
    monitors: new MonitorStore(store),
    alerts: new AlertStore(store),
    actions: new ActionStore(store),
    comparisons: new ComparisonStore(store),
    channels: new ChannelStore(store),
    silences: new SilenceStore(store),
    deliveries: new DeliveryStore(store),
    logger,
    scratchDir,
    now,
    externalUrl: () => config.externalUrl ?? listeningUrl,
    send: async (channelId: string, notification: Notification) => {
      const channel = await services.channels.get(channelId);
      return sendNotification(notification, channel.config as ChannelConfig, { receiver: channel.name });
    },
    version: packageVersion(),
    endpoint: { timeoutMs: config.endpointTimeoutMs },
    signer: new UrlSigner(signingSecret(config.signingSecret, dataDir)),
  });
  services.comparator = new ComparisonRunner(services);
  await services.comparisons.failInterrupted(now());
  const webDist = options.webDist === null ? undefined : (options.webDist ?? findWebDist());
  const app = buildApp(services, {
    extraRoutes: [
      analysisRoutes(references),
      summaryRoutes,
      contextRoutes(references),
      backtestRoutes,
      segmentRoutes,
      sliceRoutes(references),
      explainRoutes(references),
      exportRoutes(references),
      ...(options.extraRoutes ?? []),
    ],
    ...(webDist !== undefined ? { webDist } : {}),
  });
  const router = new NotificationRouter(
    {
      alerts: () => services.alerts.states(),
      silences: services.silences,
      groups: new GroupStore(store),
      deliveries: services.deliveries,
      markSilenced: (alert, silence) => services.alerts.markSilenced(alert, silence),
      externalUrl: () => services.externalUrl(),
    },
    options.groupTiming,
  );
  const actionRunner = new ActionRunner(services);
  const scheduler = new MonitorScheduler(services, {
    tickMs: options.monitorTickMs ?? 1000,
    afterTick: async (at, monitors) => {
      await router.route(at, monitors);
      void actionRunner.runScheduled(at);
    },
    onNotify: (monitor, step, at) => actionRunner.onFiring(monitor, step, at),
  });
  const deliveryWorker = new DeliveryWorker(services.deliveries, services.send, logger, {
    now,
    tickMs: options.monitorTickMs ?? 1000,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  listeningUrl = `http://${host}:${port}`;
  if (options.monitorTickMs !== 0) {
    scheduler.start();
    deliveryWorker.start();
  }
  let closing: Promise<void> | undefined;
  return {
    url: listeningUrl,
    app,
    services,
    scheduler,
    deliveryWorker,
    actionRunner,
    generatedAdminKey,
    close() {
      closing ??= (async () => {
        await scheduler.stop();
        await actionRunner.drain();
        await deliveryWorker.stop();
        // A request in flight when closing began keeps its keep-alive connection open for Fastify's 72 s idle
        // timeout once answered; closing idle connections as they appear lets the server stop when they are done.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 200);
        try {
          await app.close();
        } finally {
          clearInterval(sweep);
        }
        // After the last request: a version registered while closing may have started one.
        await services.comparator.drain();
        await ingest.drainAll();
        await store.close();
      })();
      return closing;
    },
  };
}
