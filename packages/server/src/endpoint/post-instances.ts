import { AppError } from "../errors/app-error.js";
import type { BatchPlace } from "./parse-predictions.js";
import { BodyTooLargeError, readBody } from "./read-body.js";

export interface PostInstancesOptions {
  /** The JSON request body, already serialised. */
  readonly body: string;
  readonly place: BatchPlace;
  /** From sending the request to the last byte of the answer. */
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  /** The whole call's signal: once aborted, this request is aborted and rejects with its reason. */
  readonly signal: AbortSignal;
  readonly fetch: typeof fetch;
}

/** Enough of an error body to say what went wrong, not enough to flood a log. */
const ERROR_BODY_CHARS = 200;

/** The innermost cause of a failed fetch, e.g. "ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9". */
function causeOf(error: unknown): string {
  let e: unknown = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && !e.message.includes(code) ? `${code} ${e.message}` : e.message;
}

/**
 * POSTs one batch and returns the 2xx answer's body text, timing out the request, its headers and its body alike
 * (a server that accepts and never answers, or stalls mid-body, is cut at `timeoutMs`).
 */
export async function postInstances(options: PostInstancesOptions): Promise<string> {
  const { place, signal } = options;
  if (signal.aborted) throw signal.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error("timeout"));
  }, options.timeoutMs);
  try {
    const response = await options.fetch(place.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: options.body,
      signal: controller.signal,
    });
    if (!response.ok) {
      const text = (await readBody(response, ERROR_BODY_CHARS * 4, true)).slice(0, ERROR_BODY_CHARS);
      throw new AppError(
        "TELLTALE_ENDPOINT_BAD_RESPONSE",
        `the model endpoint ${place.url} answered batch ${place.batch} with HTTP ${response.status}: ${JSON.stringify(text)}`,
        { url: place.url, batch: place.batch, status: response.status, body: text },
      );
    }
    return await readBody(response, options.maxResponseBytes);
  } catch (error) {
    if (timedOut) {
      throw new AppError(
        "TELLTALE_ENDPOINT_TIMEOUT",
        `the model endpoint ${place.url} did not answer batch ${place.batch} within ${options.timeoutMs} ms`,
        { url: place.url, batch: place.batch, timeoutMs: options.timeoutMs },
      );
    }
    if (signal.aborted) throw signal.reason;
    if (error instanceof AppError) throw error;
    if (error instanceof BodyTooLargeError) {
      throw new AppError(
        "TELLTALE_ENDPOINT_BAD_RESPONSE",
        `the model endpoint ${place.url} answered batch ${place.batch} with more than ${error.limitBytes} bytes`,
        { url: place.url, batch: place.batch, limitBytes: error.limitBytes },
      );
    }
    throw new AppError(
      "TELLTALE_ENDPOINT_UNREACHABLE",
      `the model endpoint ${place.url} is unreachable: ${causeOf(error)}`,
      { url: place.url, batch: place.batch, cause: causeOf(error) },
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", onAbort);
  }
}
