import type { DeliveryResult, Notification } from "../notification.js";

/** How a channel sends; every field has a production default. */
export interface SendOptions {
  /** Gives up on a receiver after this many milliseconds (connect, send and answer); default 10 s. */
  readonly timeoutMs?: number;
  /** The channel's name, sent as Alertmanager's `receiver` in webhook bodies; default `telltale`. */
  readonly receiver?: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A channel: answers with the receiver's reply, throws ChannelUnreachableError when there was none. */
export type ChannelSender<C> = (
  notification: Notification,
  config: C,
  options?: SendOptions,
) => Promise<DeliveryResult>;
