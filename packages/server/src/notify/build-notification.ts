import type { Monitor } from "../monitors/monitor-spec.js";
import type { AlertRow } from "../store/duckdb/alert-store.js";
import { dashboardLink } from "./dashboard-link.js";
import type { Notification, NotifiedAlert } from "./notification.js";

const iso = (ms: number) => new Date(ms).toISOString();

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
