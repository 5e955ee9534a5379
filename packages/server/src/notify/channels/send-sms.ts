import type { DeliveryResult, Notification } from "../notification.js";
import type { SmsConfig } from "./channel-config.js";
import { shortMessage } from "./message-text.js";
import { postToReceiver } from "./post-to-receiver.js";
import { DEFAULT_TIMEOUT_MS, type SendOptions } from "./send-options.js";

export const TWILIO_API_URL = "https://api.twilio.com";

/** Characters in an SMS body: two GSM segments' worth, which Twilio sends as one concatenated message. */
export const MAX_SMS_CHARS = 320;

/** Twilio's Messages resource for an account: `{base}/2010-04-01/Accounts/{AccountSid}/Messages.json`. */
export const twilioMessagesUrl = (config: SmsConfig): string =>
  `${(config.baseUrl ?? TWILIO_API_URL).replace(/\/+$/, "")}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;

/** POSTs `To`, `From` and a short `Body` form-encoded with Basic auth (account SID, auth token); Twilio answers 201. */
export async function sendSms(
  notification: Notification,
  config: SmsConfig,
  options: SendOptions = {},
): Promise<DeliveryResult> {
  const form = new URLSearchParams({
    To: config.to,
    From: config.from,
    Body: shortMessage(notification, MAX_SMS_CHARS),
  });
  return postToReceiver({
    url: twilioMessagesUrl(config),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString("base64")}`,
    },
    body: form.toString(),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}
