/** The numbers the Models page shows for one model, and the verdict drawn from them. */
export interface HealthFigures {
  readonly task: "binary" | "multiclass" | "regression";
  readonly traffic: { readonly lastHour: number; readonly previousHour: number };
  readonly predictions24h: number;
  readonly driftShare: number | null;
  readonly metric: {
    readonly name: string;
    readonly value: number | null;
    readonly benchmark: number | null;
  };
  readonly labelCoverage: number | null;
  readonly alertsFiring: number;
}

export type HealthStatus = "critical" | "warning" | "ok" | "no-data";

/** How far the main metric may trail its offline benchmark before the model counts as degraded. */
export const BENCHMARK_TOLERANCE = 0.05;
/** Share of drifted features that makes a model's inputs suspect (Evidently's dataset-drift default). */
export const DRIFT_WARNING = 0.5;
/** Hour-over-hour traffic fall that suggests an outage upstream. */
export const TRAFFIC_DROP = 0.5;
/** Below this label coverage the performance numbers say little. */
export const LOW_COVERAGE = 0.1;

const ERROR_METRICS = new Set(["rmse", "mae", "mape", "logLoss", "brier", "ece", "maxError"]);

const pct = (share: number) => `${Math.round(share * 100)}%`;
const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3));

/** Critical when an alert fires or the metric trails its benchmark; warning on drift, a traffic fall or few labels. */
export function modelHealth(figures: HealthFigures): { status: HealthStatus; reasons: string[] } {
  const critical: string[] = [];
  const warning: string[] = [];
  if (figures.alertsFiring > 0) {
    critical.push(`${figures.alertsFiring} alert${figures.alertsFiring === 1 ? "" : "s"} firing`);
  }
  const { metric } = figures;
  if (metric.value !== null && metric.benchmark !== null) {
    const gap = ERROR_METRICS.has(metric.name)
      ? metric.value - metric.benchmark
      : metric.benchmark - metric.value;
    const tolerance = ERROR_METRICS.has(metric.name)
      ? BENCHMARK_TOLERANCE * Math.abs(metric.benchmark)
      : BENCHMARK_TOLERANCE;
    if (gap > tolerance) {
      critical.push(`${metric.name} ${num(metric.value)} vs ${num(metric.benchmark)} benchmark`);
    }
  }
  if (figures.predictions24h === 0) {
    return {
      status: critical.length > 0 ? "critical" : "no-data",
      reasons: [...critical, "no predictions in 24 h"],
    };
  }
  if (figures.driftShare !== null && figures.driftShare >= DRIFT_WARNING) {
    warning.push(`drift in ${pct(figures.driftShare)} of features`);
  }
  const { lastHour, previousHour } = figures.traffic;
  if (previousHour > 0 && lastHour < previousHour * (1 - TRAFFIC_DROP)) {
    warning.push(`traffic down ${pct(1 - lastHour / previousHour)} hour over hour`);
  }
  if (figures.labelCoverage !== null && figures.labelCoverage < LOW_COVERAGE) {
    warning.push(`only ${pct(figures.labelCoverage)} of predictions labelled`);
  }
  const status: HealthStatus = critical.length > 0 ? "critical" : warning.length > 0 ? "warning" : "ok";
  return { status, reasons: [...critical, ...warning] };
}

const RANK: Record<HealthStatus, number> = { critical: 0, warning: 1, ok: 2, "no-data": 3 };

/** Worst first, then by name. */
export function byHealth<T extends { readonly status: HealthStatus; readonly name: string }>(
  a: T,
  b: T,
): number {
  return RANK[a.status] - RANK[b.status] || a.name.localeCompare(b.name);
}
