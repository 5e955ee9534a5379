/** No answer from a receiver (refused, unknown host, TLS failure, timeout): the delivery is tried again later. */
export class ChannelUnreachableError extends Error {
  override readonly name = "ChannelUnreachableError";
  readonly code = "TELLTALE_CHANNEL_UNREACHABLE";

  /** `message` names the receiver by origin only, since a URL's path or query can hold a secret (Slack's does). */
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
  }
}
