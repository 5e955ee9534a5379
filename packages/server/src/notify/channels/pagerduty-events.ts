import { createHash } from "node:crypto";
import type { Notification, NotifiedAlert } from "../notification.js";
import { alertHeadline, alertReason, notificationTitle, truncate } from "./message-text.js";

/** PagerDuty's limit on `payload.summary` (Events API v2), in characters. */
export const MAX_SUMMARY_CHARS = 1024;

/** An Events API v2 event (developer.pagerduty.com, "Send an Alert Event"). */
export interface PagerDutyEvent {
  readonly routing_key: string;
  readonly event_action: "trigger" | "resolve";
  readonly dedup_key: string;
  readonly client: string;
  readonly client_url: string;
  readonly payload: {
    readonly summary: string;
    readonly source: string;
    readonly severity: "critical" | "warning" | "error" | "info";
    readonly timestamp: string;
    readonly component: string;
    readonly group: string;
    readonly class: string;
    readonly custom_details: Readonly<Record<string, unknown>>;
  };
  readonly links: readonly { readonly href: string; readonly text: string }[];
}

/**
 * `telltale-<fingerprint>`: stable for an alert series across notifications, so the resolve event closes the
 * incident its trigger opened, and a repeat of a firing alert joins that incident instead of opening another.
 */
export const alertDedupKey = (alert: NotifiedAlert): string => `telltale-${alert.fingerprint}`;

/** For a group with no alert (a bare test): a hash of the group key, as Alertmanager keys its one event per group. */
export const groupDedupKey = (groupKey: string): string =>
  `telltale-group-${createHash("sha256").update(groupKey).digest("hex").slice(0, 32)}`;

/** Critical pages and warning warns; a channel test is `info`, so it never wakes anybody. */
function severity(
  notification: Notification,
  alert: NotifiedAlert | undefined,
): PagerDutyEvent["payload"]["severity"] {
  if (notification.test === true) return "info";
  const level = alert?.labels.severity ?? notification.severity;
  return level === "critical" || level === "warning" ? level : "error";
}

/**
 * One event per alert: `trigger` while it fires, `resolve` once it resolved, keyed by `alertDedupKey`. Alertmanager
 * sends one event per group keyed by the group; per alert, each incident closes when its own alert resolves. The
 * payload: `source` the model (and version), `component` the metric, `group` the model, `class` the monitor.
 */
export function pagerDutyEvents(notification: Notification, routingKey: string): PagerDutyEvent[] {
  const event = (alert: NotifiedAlert | undefined): PagerDutyEvent => {
    const firing = (alert?.status ?? notification.status) === "firing";
    const summary =
      alert !== undefined ? alertHeadline(notification, alert) : notificationTitle(notification);
    const version = alert?.version ?? null;
    return {
      routing_key: routingKey,
      event_action: firing ? "trigger" : "resolve",
      dedup_key: alert !== undefined ? alertDedupKey(alert) : groupDedupKey(notification.groupKey),
      client: "Telltale",
      client_url: notification.externalUrl,
      payload: {
        summary: truncate(summary, MAX_SUMMARY_CHARS),
        source: version !== null ? `${notification.model}@${version}` : notification.model,
        severity: severity(notification, alert),
        timestamp: alert?.endsAt ?? alert?.startsAt ?? new Date(0).toISOString(),
        component: alert?.metric ?? notification.monitor.name,
        group: notification.model,
        class: notification.monitor.name,
        custom_details: {
          monitor: notification.monitor,
          groupKey: notification.groupKey,
          ...(alert !== undefined
            ? {
                fingerprint: alert.fingerprint,
                metric: alert.metric,
                value: alert.value,
                threshold: alert.threshold,
                version: alert.version,
                reason: alertReason(alert),
                labels: alert.labels,
                startsAt: alert.startsAt,
                endsAt: alert.endsAt,
              }
            : {}),
          ...(notification.test === true ? { test: true } : {}),
        },
      },
      links: [
        alert !== undefined
          ? { href: alert.dashboardUrl, text: `${alert.metric} in Telltale` }
          : { href: notification.externalUrl, text: "Telltale" },
      ],
    };
  };
  return notification.alerts.length > 0 ? notification.alerts.map(event) : [event(undefined)];
}
