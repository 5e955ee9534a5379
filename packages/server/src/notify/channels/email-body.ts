import type { Notification, NotifiedAlert } from "../notification.js";
import { alertReason, alertScope, formatNumber, notificationTitle } from "./message-text.js";

/** Labels every alert has and the message shows elsewhere; the rest (the monitor's own) are listed. */
const SHOWN_LABELS = new Set(["alertname", "model", "monitor", "severity", "metric", "version", "segment"]);

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A link only for http(s) URLs, so a `javascript:` URL from a config never becomes clickable. */
const htmlLink = (url: string, text: string): string =>
  /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);

const otherLabels = (alert: NotifiedAlert): string =>
  Object.entries(alert.labels)
    .filter(([name]) => !SHOWN_LABELS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join(", ");

const when = (alert: NotifiedAlert): string =>
  alert.endsAt === null ? `since ${alert.startsAt}` : `from ${alert.startsAt} to ${alert.endsAt}`;

const sections = (notification: Notification) =>
  [
    { heading: "Firing", alerts: notification.alerts.filter((a) => a.status === "firing") },
    { heading: "Resolved", alerts: notification.alerts.filter((a) => a.status === "resolved") },
  ].filter((s) => s.alerts.length > 0);

function textAlert(alert: NotifiedAlert): string {
  const compared = alert.threshold !== null ? ` vs ${formatNumber(alert.threshold)}` : "";
  const scope = alertScope(alert);
  const reason = alertReason(alert);
  const labels = otherLabels(alert);
  return [
    `- ${alert.metric} ${formatNumber(alert.value)}${compared}${scope !== "" ? ` (${scope})` : ""}`,
    ...(reason !== "" ? [`  ${reason}`] : []),
    ...(labels !== "" ? [`  labels: ${labels}`] : []),
    `  ${when(alert)}`,
    `  ${alert.dashboardUrl}`,
  ].join("\n");
}

/** The plain-text part: title, group facts, then the firing and the resolved alerts with their links. */
export function emailText(notification: Notification): string {
  return [
    notificationTitle(notification),
    "",
    `Model: ${notification.model}`,
    `Monitor: ${notification.monitor.name}`,
    `Severity: ${notification.severity}`,
    ...sections(notification).flatMap((s) => [
      "",
      `${s.heading} (${s.alerts.length})`,
      ...s.alerts.map(textAlert),
    ]),
    "",
    `Telltale: ${notification.externalUrl}`,
    "",
  ].join("\n");
}

const CELL = 'style="padding:4px 8px;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top"';

function htmlAlert(alert: NotifiedAlert): string {
  const reason = alertReason(alert);
  const labels = otherLabels(alert);
  const notes = [reason, ...(labels !== "" ? [`labels: ${labels}`] : [])].filter((n) => n !== "");
  const cells = [
    escapeHtml(alert.metric),
    `<b>${escapeHtml(formatNumber(alert.value))}</b>`,
    escapeHtml(formatNumber(alert.threshold)),
    escapeHtml(alertScope(alert) || "all"),
    escapeHtml(when(alert)),
    htmlLink(alert.dashboardUrl, "dashboard"),
  ];
  return [
    `<tr>${cells.map((c) => `<td ${CELL}>${c}</td>`).join("")}</tr>`,
    ...(notes.length > 0
      ? [`<tr><td ${CELL} colspan="6">${notes.map(escapeHtml).join("<br>")}</td></tr>`]
      : []),
  ].join("\n");
}

/** The HTML part: the same content as the text part in tables; every string from users is escaped. */
export function emailHtml(notification: Notification): string {
  const color = notification.status === "firing" ? "#b91c1c" : "#15803d";
  const head = ["metric", "value", "compared with", "scope", "when", ""]
    .map((h) => `<th ${CELL}>${h}</th>`)
    .join("");
  const facts: [string, string][] = [
    ["Model", notification.model],
    ["Monitor", notification.monitor.name],
    ["Severity", notification.severity],
  ];
  return [
    "<!doctype html>",
    '<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#111827">',
    `<h2 style="color:${color}">${escapeHtml(notificationTitle(notification))}</h2>`,
    `<table>${facts.map(([k, v]) => `<tr><th ${CELL}>${k}</th><td ${CELL}>${escapeHtml(v)}</td></tr>`).join("")}</table>`,
    ...sections(notification).flatMap((s) => [
      `<h3>${s.heading} (${s.alerts.length})</h3>`,
      `<table style="border-collapse:collapse"><tr>${head}</tr>`,
      ...s.alerts.map(htmlAlert),
      "</table>",
    ]),
    `<p>${htmlLink(notification.externalUrl, "Open Telltale")}</p>`,
    "</body></html>",
    "",
  ].join("\n");
}
