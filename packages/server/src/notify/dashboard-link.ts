import type { Monitor } from "../monitors/monitor-spec.js";
import type { AlertRow } from "../store/duckdb/alert-store.js";

const iso = (ms: number) => new Date(ms).toISOString();

/** The dashboard page that explains a metric, with the state that page reads from its URL. */
export function viewOfMetric(metric: string): { path: string; params: Record<string, string> } {
  if (metric === "drift.share") return { path: "drift", params: {} };
  if (metric.startsWith("drift."))
    return { path: "drift", params: { feature: metric.slice("drift.".length) } };
  if (metric.startsWith("feature.")) {
    const rest = metric.slice("feature.".length);
    return { path: "quality", params: { feature: rest.slice(0, rest.lastIndexOf(".")) } };
  }
  if (metric.startsWith("fairness.")) return { path: "fairness", params: {} };
  if (metric === "count" || metric.startsWith("prediction.") || metric === "score.mean")
    return { path: "", params: {} };
  return { path: "performance", params: {} };
}

/**
 * Link to the evidence in the dashboard: the page that explains the monitor's metric over the six windows around
 * the alert's start, filtered to the monitor's version and segment, with the alert selected.
 */
export function dashboardLink(
  externalUrl: string,
  monitor: Monitor,
  alert: AlertRow,
  windowMs: number,
): string {
  const view = viewOfMetric(monitor.metric);
  const query = new URLSearchParams({
    from: iso(alert.startedAt - 6 * windowMs),
    to: iso((alert.resolvedAt ?? alert.updatedAt) + windowMs),
    ...view.params,
    alert: alert.id,
  });
  if (monitor.version !== null) query.set("version", monitor.version);
  if (monitor.segment !== null) query.set("segment", monitor.segment);
  const base = `${externalUrl}/models/${encodeURIComponent(monitor.model)}`;
  return `${view.path === "" ? base : `${base}/${view.path}`}?${query.toString()}`;
}
