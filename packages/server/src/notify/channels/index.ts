import type { DeliveryResult, Notification } from "../notification.js";
import type { ChannelConfig } from "./channel-config.js";
import { sendEmail } from "./send-email.js";
import type { SendOptions } from "./send-options.js";
import { sendPagerDuty } from "./send-pagerduty.js";
import { sendSlack } from "./send-slack.js";
import { sendSms } from "./send-sms.js";
import { sendWebhook } from "./send-webhook.js";

export type { ChannelConfig, ChannelType } from "./channel-config.js";
export { channelConfigSchema, REDACTED, redactChannelConfig } from "./channel-config.js";
export { ChannelUnreachableError } from "./channel-unreachable-error.js";
export type { ChannelSender, SendOptions } from "./send-options.js";
export { DEFAULT_TIMEOUT_MS } from "./send-options.js";

/**
 * Sends a notification through the channel its config describes (see each sender for what the receiver gets); a
 * config of an unknown type, stored by an older or newer server, is `ok: false` with status 0.
 */
export async function sendNotification(
  notification: Notification,
  config: ChannelConfig,
  options: SendOptions = {},
): Promise<DeliveryResult> {
  switch (config.type) {
    case "webhook":
      return sendWebhook(notification, config, options);
    case "slack":
      return sendSlack(notification, config, options);
    case "email":
      return sendEmail(notification, config, options);
    case "pagerduty":
      return sendPagerDuty(notification, config, options);
    case "sms":
      return sendSms(notification, config, options);
    default:
      return {
        ok: false,
        status: 0,
        response: `unknown channel type '${(config as { type: string }).type}'`,
      };
  }
}
