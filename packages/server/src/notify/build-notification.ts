import type { Monitor } from "../monitors/monitor-spec.js";
import type { AlertRow } from "../store/duckdb/alert-store.js";
import type { Notification, NotifiedAlert } from "./notification.js";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Link to the evidence: the metric's series over the six windows around the alert's start, at an interval that
 * shows them (5 minutes, hours or days).
 */
export function dashboardLink(
  externalUrl: string,
  monitor: Monitor,
  alert: AlertRow,
  windowMs: number,
): string {
  const interval = windowMs <= 3_600_000 ? "5m" : windowMs <= 86_400_000 ? "1h" : "1d";
  const query = new URLSearchParams({
    metrics: monitor.metric,
    interval,
    from: iso(alert.startedAt - 6 * windowMs),
    to: iso((alert.resolvedAt ?? alert.updatedAt) + windowMs),
  });
  if (monitor.version !== null) query.set("version", monitor.version);
  if (monitor.segment !== null) query.set("segment", monitor.segment);
  return `${externalUrl}/api/v1/models/${encodeURIComponent(monitor.model)}/timeseries?${query.toString()}`;
}

/** A monitor's alert as channels send it: Alertmanager's alert fields plus the metric, value and threshold. */
export function notifiedAlert(
  externalUrl: string,
  monitor: Monitor,
  alert: AlertRow,
  threshold: number | null,
  windowMs: number,
): NotifiedAlert {
  const resolved = alert.state === "resolved" || alert.state === "ok";
  return {
    fingerprint: alert.fingerprint,
    status: resolved ? "resolved" : "firing",
    labels: {
      ...monitor.labels,
      alertname: monitor.name,
      model: monitor.model,
      monitor: monitor.id,
      severity: monitor.severity,
      metric: monitor.metric,
      ...(monitor.version !== null ? { version: monitor.version } : {}),
      ...(monitor.segment !== null ? { segment: monitor.segment } : {}),
    },
    annotations: {
      summary: `${monitor.name} on ${monitor.model}${monitor.segment !== null ? ` (${monitor.segment})` : ""}`,
      description: alert.reason,
    },
    startsAt: iso(alert.firingAt ?? alert.startedAt),
    endsAt: resolved ? iso(alert.resolvedAt ?? alert.updatedAt) : null,
    model: monitor.model,
    version: monitor.version,
    metric: monitor.metric,
    value: alert.value,
    threshold,
    dashboardUrl: dashboardLink(externalUrl, monitor, alert, windowMs),
  };
}

/** One group's notification: the monitor's alerts, firing when any fires. */
export function buildNotification(
  externalUrl: string,
  monitor: Monitor,
  alerts: readonly NotifiedAlert[],
): Notification {
  return {
    groupKey: `${monitor.model}/${monitor.id}`,
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    model: monitor.model,
    monitor: { id: monitor.id, name: monitor.name },
    severity: monitor.severity,
    alerts,
    externalUrl,
  };
}
