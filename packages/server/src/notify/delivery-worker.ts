import type { Logger } from "../logger.js";
import type { Delivery, DeliveryStore } from "../store/duckdb/delivery-store.js";
import type { DeliveryResult, Notification } from "./notification.js";
import { nextAttemptAt } from "./retry-schedule.js";

/** Sends one notification to one channel; throws for a network failure or timeout (tried again later). */
export type SendToChannel = (channelId: string, notification: Notification) => Promise<DeliveryResult>;

export interface DeliveryWorkerOptions {
  readonly tickMs?: number;
  readonly batch?: number;
  readonly now: () => number;
  readonly random?: () => number;
}

/**
 * Sends due deliveries on its own timer, so a slow or dead receiver never holds up monitor evaluation. Channels are
 * served side by side and each channel's deliveries in order; a failed try is scheduled again with backoff until
 * its last try. The row is read from the store each time, so a restart resumes what was due (a crash between a
 * send and its record sends that message again: delivery is at least once).
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly deliveries: DeliveryStore,
    private readonly send: SendToChannel,
    private readonly logger: Logger,
    private readonly options: DeliveryWorkerOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Sends what is due unless a round is running; resolves when that round ends. */
  tick(): Promise<void> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<void> {
    let due: Delivery[];
    try {
      due = await this.deliveries.due(this.options.now(), this.options.batch ?? 100);
    } catch (error) {
      this.logger.error({ err: error }, "deliveries: cannot read the queue");
      return;
    }
    const byChannel = new Map<string, Delivery[]>();
    for (const d of due) byChannel.set(d.channelId, [...(byChannel.get(d.channelId) ?? []), d]);
    await Promise.all(
      [...byChannel.values()].map(async (queue) => {
        for (const delivery of queue) await this.attempt(delivery);
      }),
    );
  }

  private async attempt(delivery: Delivery): Promise<void> {
    let outcome: DeliveryResult | { error: string };
    try {
      outcome = await this.send(delivery.channelId, delivery.notification);
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    const now = this.options.now();
    const ok = "ok" in outcome && outcome.ok;
    const next = ok
      ? null
      : nextAttemptAt(delivery.attempts + 1, now, (this.options.random ?? Math.random)());
    const log = { delivery: delivery.id, channel: delivery.channelId, attempt: delivery.attempts + 1 };
    if (ok) this.logger.info(log, "notification delivered");
    else this.logger.warn({ ...log, outcome, retryAt: next }, "notification not delivered");
    try {
      await this.deliveries.recordAttempt(delivery, outcome, next, now);
    } catch (error) {
      this.logger.error({ err: error, ...log }, "deliveries: cannot record a try");
    }
  }
}
