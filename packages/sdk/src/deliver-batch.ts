import { backoffDelay } from "./backoff-delay.js";
import type { PostOutcome } from "./post-batch.js";

export interface RetryPolicy {
  /** Retries after the first attempt; a batch is tried at most maxRetries + 1 times. */
  readonly maxRetries: number;
  readonly backoffBaseMs: number;
  readonly backoffCapMs: number;
}

export interface DeliveryHooks {
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly onRetry: () => void;
}

export type DeliveryResult =
  | { readonly ok: true; readonly answer: unknown }
  | {
      readonly ok: false;
      readonly reason: "rejected" | "exhausted";
      /** The last HTTP status, undefined when the last attempt got no answer (network error, timeout). */
      readonly status: number | undefined;
      /** The server's last answer body, or the network error of the last attempt. */
      readonly detail: unknown;
      readonly attempts: number;
    };

/**
 * Sends one batch until it is delivered, rejected, or out of retries; a `Retry-After` from the server replaces
 * the computed backoff because the server knows its own recovery time better than the client.
 */
export async function deliverBatch(
  post: () => Promise<PostOutcome>,
  policy: RetryPolicy,
  hooks: DeliveryHooks,
): Promise<DeliveryResult> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await post();
    if (outcome.kind === "delivered") return { ok: true, answer: outcome.answer };
    if (outcome.kind === "reject") {
      return {
        ok: false,
        reason: "rejected",
        status: outcome.status,
        detail: outcome.answer,
        attempts: attempt + 1,
      };
    }
    if (attempt >= policy.maxRetries) {
      return {
        ok: false,
        reason: "exhausted",
        status: outcome.status,
        detail: outcome.cause,
        attempts: attempt + 1,
      };
    }
    hooks.onRetry();
    const wait =
      outcome.retryAfterMs ?? backoffDelay(attempt, policy.backoffBaseMs, policy.backoffCapMs, hooks.random);
    await hooks.sleep(wait);
  }
}
