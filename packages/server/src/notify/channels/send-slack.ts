import type { DeliveryResult, Notification } from "../notification.js";
import type { SlackConfig } from "./channel-config.js";
import { postToReceiver } from "./post-to-receiver.js";
import { DEFAULT_TIMEOUT_MS, type SendOptions } from "./send-options.js";
import { slackMessage } from "./slack-message.js";

/** POSTs a Block Kit message to a Slack incoming webhook; Slack answers `ok`, or 4xx with a reason (`invalid_blocks`). */
export async function sendSlack(
  notification: Notification,
  config: SlackConfig,
  options: SendOptions = {},
): Promise<DeliveryResult> {
  return postToReceiver({
    url: config.webhookUrl,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(slackMessage(notification)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}
