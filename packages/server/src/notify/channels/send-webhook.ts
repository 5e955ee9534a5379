import { createHmac } from "node:crypto";
import type { DeliveryResult, Notification } from "../notification.js";
import type { WebhookConfig } from "./channel-config.js";
import { postToReceiver } from "./post-to-receiver.js";
import { DEFAULT_TIMEOUT_MS, type SendOptions } from "./send-options.js";
import { webhookPayload } from "./webhook-payload.js";

export const SIGNATURE_HEADER = "x-telltale-signature";

/** `sha256=<hex HMAC-SHA256>` of the exact body bytes (UTF-8), so a receiver checks it before parsing. */
export const webhookSignature = (body: string, secret: string): string =>
  `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;

/** POSTs the Alertmanager-shaped JSON body to the URL, signed when the channel has a secret. */
export async function sendWebhook(
  notification: Notification,
  config: WebhookConfig,
  options: SendOptions = {},
): Promise<DeliveryResult> {
  const body = JSON.stringify(webhookPayload(notification, options.receiver ?? "telltale"));
  return postToReceiver({
    url: config.url,
    headers: {
      "content-type": "application/json",
      ...(config.secret !== undefined ? { [SIGNATURE_HEADER]: webhookSignature(body, config.secret) } : {}),
    },
    body,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}
