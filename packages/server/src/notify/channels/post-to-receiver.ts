import type { DeliveryResult } from "../notification.js";
import { ChannelUnreachableError } from "./channel-unreachable-error.js";

/** DeliveryResult.response holds at most this many characters. */
export const MAX_RESPONSE_CHARS = 2000;

/** Bytes of an answer read before the rest is dropped: enough for 2,000 characters of UTF-8. */
const MAX_RESPONSE_BYTES = 4 * MAX_RESPONSE_CHARS;

export const USER_AGENT = "Telltale-Notifier/1";

export interface ReceiverRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
}

/** Cuts a receiver's answer to what the delivery log keeps. */
export const cutResponse = (text: string): string =>
  text.length <= MAX_RESPONSE_CHARS ? text : text.slice(0, MAX_RESPONSE_CHARS);

/** Reads the start of a body and drops the rest, so a receiver that answers with megabytes costs nothing. */
async function readStart(response: Response): Promise<string> {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_RESPONSE_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= MAX_RESPONSE_BYTES) await reader.cancel();
  return Buffer.concat(chunks).toString("utf8");
}

/** Why a fetch failed, in words: undici hides the socket error (`ECONNREFUSED`, `ENOTFOUND`) in `cause`. */
function failure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * POSTs one body and returns the answer; throws ChannelUnreachableError when there is none (the caller tries
 * again). Credentials in the URL (`https://user:pass@host/`) become a Basic authorization header, as fetch refuses
 * them; redirects are not followed, since a 301/302 would turn the POST into a GET, and come back as `ok: false`.
 */
export async function postToReceiver(request: ReceiverRequest): Promise<DeliveryResult> {
  const url = new URL(request.url);
  const headers: Record<string, string> = { "user-agent": USER_AGENT, ...request.headers };
  if (url.username !== "" || url.password !== "") {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization ??= `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  const signal = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { method: "POST", headers, body: request.body, redirect: "manual", signal });
    text = await readStart(response);
  } catch (error) {
    throw new ChannelUnreachableError(`POST ${url.origin}: ${failure(error, request.timeoutMs)}`, {
      cause: error,
    });
  }
  const location = response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
  return {
    ok: response.status >= 200 && response.status < 300,
    status: response.status,
    response: cutResponse(location !== null ? `redirected to ${location}: ${text}` : text),
  };
}
