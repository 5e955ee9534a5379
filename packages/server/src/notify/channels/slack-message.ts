import type { Notification, NotifiedAlert } from "../notification.js";
import { alertLine, alertReason, notificationTitle, truncate } from "./message-text.js";

/** Alerts shown one block each; Slack takes 50 blocks, and a longer list is read in the dashboard anyway. */
export const MAX_SLACK_ALERTS = 20;

/** Escapes the three characters Slack's mrkdwn gives a meaning to (its docs: "Escaping text"). */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `<url|text>`: the URL may not hold `|`, `<` or `>`, which end the link early. */
const mrkdwnLink = (url: string, text: string): string =>
  `<${url.replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E")}|${escapeMrkdwn(text)}>`;

const plain = (text: string, max: number) => ({ type: "plain_text", text: truncate(text, max), emoji: true });
const mrkdwn = (text: string, max: number) => ({ type: "mrkdwn", text: truncate(text, max) });

/** Slack's limits: header 150 characters, section text 3,000, a field 2,000, a button label 75, its URL 3,000. */
function alertBlock(alert: NotifiedAlert): Record<string, unknown> {
  const icon = alert.status === "firing" ? ":red_circle:" : ":large_green_circle:";
  const reason = alertReason(alert);
  const since = alert.endsAt === null ? `since ${alert.startsAt}` : `${alert.startsAt} to ${alert.endsAt}`;
  const lines = [
    `${icon} *${alert.status}* · ${escapeMrkdwn(alertLine(alert))}`,
    ...(reason !== "" ? [`_${escapeMrkdwn(reason)}_`] : []),
    since,
  ];
  const block: Record<string, unknown> = { type: "section", text: mrkdwn(lines.join("\n"), 3000) };
  if (alert.dashboardUrl.length <= 3000) {
    block.accessory = { type: "button", text: plain("Dashboard", 75), url: alert.dashboardUrl };
  }
  return block;
}

/**
 * An incoming-webhook message in Block Kit: a header with the title, the severity, model and monitor as fields,
 * one section per alert (value vs threshold, reason, time, dashboard button), and `text` as the fallback that
 * notifications and old clients show.
 */
export function slackMessage(notification: Notification): Record<string, unknown> {
  const title = notificationTitle(notification);
  const icon = notification.status === "firing" ? ":rotating_light:" : ":white_check_mark:";
  const firing = notification.alerts.filter((a) => a.status === "firing").length;
  const shown = notification.alerts.slice(0, MAX_SLACK_ALERTS);
  const hidden = notification.alerts.length - shown.length;
  const [first] = notification.alerts;
  const blocks: Record<string, unknown>[] = [
    { type: "header", text: plain(`${icon} ${title}`, 150) },
    {
      type: "section",
      fields: [
        mrkdwn(`*Severity*\n${notification.severity}`, 2000),
        mrkdwn(`*Model*\n${escapeMrkdwn(notification.model)}`, 2000),
        mrkdwn(`*Monitor*\n${escapeMrkdwn(notification.monitor.name)}`, 2000),
        mrkdwn(`*Alerts*\n${firing} firing, ${notification.alerts.length - firing} resolved`, 2000),
      ],
    },
    ...shown.map(alertBlock),
  ];
  const footer = [
    ...(hidden > 0 ? [`…and ${hidden} more`] : []),
    `Telltale · ${mrkdwnLink(notification.externalUrl, "open")}`,
  ];
  blocks.push({ type: "context", elements: [mrkdwn(footer.join(" · "), 3000)] });
  return {
    text: truncate(first !== undefined ? `${title}: ${alertLine(first)}` : title, 3000),
    blocks,
  };
}
