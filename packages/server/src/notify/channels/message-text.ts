import type { Notification, NotifiedAlert } from "../notification.js";

/** Keeps text on one line: a model name or reason with a line break must not split a subject or an SMS. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ");

/** Shortens text to `max` characters (code points, so no emoji is cut in half), ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** A metric value with four significant digits (0.8123, 1235, 1.5e-7); `n/a` when there is none. */
export function formatNumber(value: number | null): string {
  if (value === null) return "n/a";
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/**
 * The group's title as Alertmanager's default subject puts it: `[FIRING:2] accuracy drop (fraud-model)` with the
 * count of firing alerts, `[RESOLVED] …` once none fires, and `[TEST] ` in front for a channel test.
 */
export function notificationTitle(notification: Notification): string {
  const firing = notification.alerts.filter((a) => a.status === "firing").length;
  const status = notification.status === "firing" ? `FIRING:${firing}` : "RESOLVED";
  const test = notification.test === true ? "[TEST] " : "";
  return oneLine(`${test}[${status}] ${notification.monitor.name} (${notification.model})`);
}

/** Where an alert applies: `version v3, segment eu`, or an empty string for all versions and segments. */
export function alertScope(alert: NotifiedAlert): string {
  const parts: string[] = [];
  if (alert.version !== null) parts.push(`version ${alert.version}`);
  const segment = alert.labels.segment;
  if (segment !== undefined && segment !== "") parts.push(`segment ${segment}`);
  return oneLine(parts.join(", "));
}

/** What was measured against what: `accuracy 0.8123 vs 0.9 (version v3, segment eu)`. */
export function alertLine(alert: NotifiedAlert): string {
  const compared = alert.threshold !== null ? ` vs ${formatNumber(alert.threshold)}` : "";
  const scope = alertScope(alert);
  return oneLine(
    `${alert.metric} ${formatNumber(alert.value)}${compared}${scope !== "" ? ` (${scope})` : ""}`,
  );
}

/** Why the alert fired, from its `description` annotation (the monitor's reason); empty when it has none. */
export const alertReason = (alert: NotifiedAlert): string => oneLine(alert.annotations.description ?? "");

/** One alert on one line, for pagers: `[FIRING] accuracy drop (fraud-model): accuracy 0.8123 vs 0.9 (…)`. */
export function alertHeadline(notification: Notification, alert: NotifiedAlert): string {
  const test = notification.test === true ? "[TEST] " : "";
  const status = alert.status.toUpperCase();
  return oneLine(
    `${test}[${status}] ${notification.monitor.name} (${notification.model}): ${alertLine(alert)}`,
  );
}

/** Characters an SMS keeps for words before a link may take the rest. */
const MIN_WORDS = 80;

/**
 * The whole group in at most `max` characters, for SMS: title, first alert, how many more, and a link: the first
 * alert's dashboard link, or the server's address when that is too long to leave `MIN_WORDS` for the words.
 */
export function shortMessage(notification: Notification, max: number): string {
  const [first] = notification.alerts;
  const more = notification.alerts.length - 1;
  const text =
    first === undefined
      ? notificationTitle(notification)
      : `${notificationTitle(notification)}: ${alertLine(first)}${more > 0 ? ` +${more} more` : ""}`;
  const link = [first?.dashboardUrl, notification.externalUrl].find(
    (url): url is string => url !== undefined && url !== "" && url.length + 1 <= max - MIN_WORDS,
  );
  return link === undefined ? truncate(text, max) : `${truncate(text, max - link.length - 1)} ${link}`;
}
