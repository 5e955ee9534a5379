import { classifyStatus } from "./attempt-outcome.js";
import { retryAfterMs } from "./backoff-delay.js";
import type { FetchLike } from "./fetch-like.js";

/** The result of one POST, as a value: the retry loop decides on it without catching anything. */
export type PostOutcome =
  | { readonly kind: "delivered"; readonly status: number; readonly answer: unknown }
  | {
      readonly kind: "retry";
      readonly status: number | undefined;
      readonly retryAfterMs: number | undefined;
      readonly cause: unknown;
    }
  | { readonly kind: "reject"; readonly status: number; readonly answer: unknown };

export interface PostRequest {
  readonly fetch: FetchLike;
  readonly url: string;
  readonly apiKey: string;
  readonly body: string;
  readonly timeoutMs: number;
}

/**
 * POSTs one JSON body once. A network error, a timeout or a body cut off mid-read counts as retryable: the
 * server may have committed the batch, and sending it again only yields duplicates that it skips.
 */
export async function postBatch(request: PostRequest): Promise<PostOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${request.timeoutMs} ms`)),
    request.timeoutMs,
  );
  try {
    const response = await request.fetch(request.url, {
      method: "POST",
      headers: { authorization: `Bearer ${request.apiKey}`, "content-type": "application/json" },
      body: request.body,
      signal: controller.signal,
    });
    const text = await response.text();
    const kind = classifyStatus(response.status);
    if (kind === "retry") {
      return {
        kind,
        status: response.status,
        retryAfterMs: retryAfterMs(response.headers.get("retry-after"), Date.now()),
        cause: parseJson(text),
      };
    }
    return { kind, status: response.status, answer: parseJson(text) };
  } catch (cause) {
    return { kind: "retry", status: undefined, retryAfterMs: undefined, cause };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as JSON when it is JSON, else the raw text, so an error report keeps whatever the server said. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
