import type { Notification, NotifiedAlert } from "../notification.js";

/** Alertmanager's `endsAt` for an alert that has not ended: Go's zero time. */
export const ZERO_TIME = "0001-01-01T00:00:00Z";

type Labels = Readonly<Record<string, string>>;

/** One alert as Alertmanager's webhook v4 sends it, plus Telltale's metric, value and threshold. */
export interface WebhookAlert {
  readonly status: "firing" | "resolved";
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly startsAt: string;
  readonly endsAt: string;
  /** Alertmanager's link to the alert's source: here the metric's series around the alert. */
  readonly generatorURL: string;
  readonly fingerprint: string;
  readonly model: string;
  readonly version: string | null;
  readonly metric: string;
  readonly value: number | null;
  readonly threshold: number | null;
  readonly dashboardURL: string;
}

/**
 * Alertmanager's webhook body, version 4 (notify/webhook/webhook.go `Message` around template.go `Data`), plus
 * Telltale's `model`, `monitor`, `severity` and `test` at the top; the top-level `version` is the protocol's.
 */
export interface WebhookPayload {
  readonly version: "4";
  readonly groupKey: string;
  readonly truncatedAlerts: number;
  readonly status: "firing" | "resolved";
  readonly receiver: string;
  readonly groupLabels: Labels;
  readonly commonLabels: Labels;
  readonly commonAnnotations: Labels;
  readonly externalURL: string;
  readonly alerts: readonly WebhookAlert[];
  readonly model: string;
  readonly monitor: { readonly id: string; readonly name: string };
  readonly severity: "warning" | "critical";
  readonly test: boolean;
}

/** The entries every set shares with the same value, as Alertmanager computes `commonLabels`; none for no sets. */
export function commonEntries(sets: readonly Labels[]): Record<string, string> {
  const [first, ...rest] = sets;
  if (first === undefined) return {};
  return Object.fromEntries(Object.entries(first).filter(([k, v]) => rest.every((s) => s[k] === v)));
}

const webhookAlert = (a: NotifiedAlert): WebhookAlert => ({
  status: a.status,
  labels: a.labels,
  annotations: a.annotations,
  startsAt: a.startsAt,
  endsAt: a.endsAt ?? ZERO_TIME,
  generatorURL: a.dashboardUrl,
  fingerprint: a.fingerprint,
  model: a.model,
  version: a.version,
  metric: a.metric,
  value: a.value,
  threshold: a.threshold,
  dashboardURL: a.dashboardUrl,
});

/**
 * The webhook body for a notification. `groupLabels` are the labels alerts are grouped by (model and monitor id)
 * plus `alertname`, which the monitor fixes; `truncatedAlerts` is 0, as every alert of the group is sent.
 */
export function webhookPayload(notification: Notification, receiver: string): WebhookPayload {
  return {
    version: "4",
    groupKey: notification.groupKey,
    truncatedAlerts: 0,
    status: notification.status,
    receiver,
    groupLabels: {
      alertname: notification.monitor.name,
      model: notification.model,
      monitor: notification.monitor.id,
    },
    commonLabels: commonEntries(notification.alerts.map((a) => a.labels)),
    commonAnnotations: commonEntries(notification.alerts.map((a) => a.annotations)),
    externalURL: notification.externalUrl,
    alerts: notification.alerts.map(webhookAlert),
    model: notification.model,
    monitor: { id: notification.monitor.id, name: notification.monitor.name },
    severity: notification.severity,
    test: notification.test === true,
  };
}
