import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** One model version's latest hour, as `/metrics` shows it. */
export interface VersionHealth {
  readonly model: string;
  readonly version: string;
  readonly predictions: number;
  readonly driftShare: number | null;
  readonly metric: string;
  readonly value: number | null;
}

export interface MetricsSources {
  readonly storeBytes: () => number;
  readonly storedPredictions: () => Promise<{ model: string; count: number }[]>;
  readonly health: () => Promise<VersionHealth[]>;
}

/** Prometheus metrics on a registry of our own (not prom-client's global), so tests can run many servers. */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<"method" | "route" | "status">;
  readonly requestSeconds: Histogram<"method" | "route">;
  readonly ingestRows: Counter<"model" | "outcome">;
  readonly ingestBatchSeconds: Histogram<"model">;
  readonly monitorEvaluations: Counter<"status">;
  readonly monitorCycleSeconds: Histogram;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: "telltale_process_" });
    this.requests = new Counter({
      name: "telltale_http_requests_total",
      help: "HTTP requests by method, route and status",
      labelNames: ["method", "route", "status"],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: "telltale_http_request_duration_seconds",
      help: "HTTP request latency",
      labelNames: ["method", "route"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.ingestRows = new Counter({
      name: "telltale_ingest_records_total",
      help: "Ingested prediction records by outcome (accepted, duplicate, rejected)",
      labelNames: ["model", "outcome"],
      registers,
    });
    this.ingestBatchSeconds = new Histogram({
      name: "telltale_ingest_commit_duration_seconds",
      help: "Time from a batch's write start to its commit",
      labelNames: ["model"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.monitorEvaluations = new Counter({
      name: "telltale_monitor_evaluations_total",
      help: "Scheduled monitor evaluations by result (ok, breach, nodata, insufficient, error)",
      labelNames: ["status"],
      registers,
    });
    this.monitorCycleSeconds = new Histogram({
      name: "telltale_monitor_cycle_duration_seconds",
      help: "Time to evaluate every monitor that was due at one tick of the scheduler",
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    new Gauge({
      name: "telltale_store_bytes",
      help: "Size of the database file and its write-ahead log",
      registers,
      collect() {
        this.set(sources.storeBytes());
      },
    });
    new Gauge({
      name: "telltale_store_predictions",
      help: "Predictions stored per model",
      labelNames: ["model"],
      registers,
      async collect() {
        this.reset();
        for (const { model, count } of await sources.storedPredictions()) this.set({ model }, count);
      },
    });
    // The three per-version gauges share one computation per scrape.
    let pending: Promise<VersionHealth[]> | undefined;
    const health = () => {
      pending ??= sources.health().finally(() => {
        setTimeout(() => {
          pending = undefined;
        }, 1000).unref();
      });
      return pending;
    };
    new Gauge({
      name: "telltale_model_predictions_last_hour",
      help: "Predictions in the latest hour, per model and version",
      labelNames: ["model", "version"],
      registers,
      async collect() {
        this.reset();
        for (const h of await health()) this.set({ model: h.model, version: h.version }, h.predictions);
      },
    });
    new Gauge({
      name: "telltale_model_drift_share",
      help: "Share of features drifted in the latest hour against the version's reference",
      labelNames: ["model", "version"],
      registers,
      async collect() {
        this.reset();
        for (const h of await health())
          if (h.driftShare !== null) this.set({ model: h.model, version: h.version }, h.driftShare);
      },
    });
    new Gauge({
      name: "telltale_model_performance",
      help: "The main performance metric over the latest hour's labelled predictions (accuracy or MAE)",
      labelNames: ["model", "version", "metric"],
      registers,
      async collect() {
        this.reset();
        for (const h of await health()) {
          if (h.value !== null) this.set({ model: h.model, version: h.version, metric: h.metric }, h.value);
        }
      },
    });
  }
}
