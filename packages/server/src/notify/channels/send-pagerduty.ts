import type { DeliveryResult, Notification } from "../notification.js";
import type { PagerDutyConfig } from "./channel-config.js";
import { pagerDutyEvents } from "./pagerduty-events.js";
import { cutResponse, postToReceiver } from "./post-to-receiver.js";
import { DEFAULT_TIMEOUT_MS, type SendOptions } from "./send-options.js";

export const PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

/**
 * POSTs one Events API v2 event per alert, in order, and stops at the first refusal (a 400 or a 429), which it
 * returns; a retry sends the events again, which PagerDuty deduplicates by `dedup_key`. PagerDuty answers 202.
 */
export async function sendPagerDuty(
  notification: Notification,
  config: PagerDutyConfig,
  options: SendOptions = {},
): Promise<DeliveryResult> {
  const answers: DeliveryResult[] = [];
  for (const event of pagerDutyEvents(notification, config.routingKey)) {
    const answer = await postToReceiver({
      url: config.url ?? PAGERDUTY_EVENTS_URL,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    if (!answer.ok) return answer;
    answers.push(answer);
  }
  return {
    ok: true,
    status: answers.at(-1)?.status ?? 202,
    response: cutResponse(answers.map((a) => a.response).join("\n")),
  };
}
