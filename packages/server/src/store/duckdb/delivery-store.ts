import { randomBytes } from "node:crypto";
import type { DeliveryResult, Notification } from "../../notify/notification.js";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

export interface Delivery {
  readonly id: string;
  readonly channelId: string;
  readonly alertId: string | null;
  readonly notification: Notification;
  /** `pending` until sent; `failed` after its last try. */
  readonly status: "pending" | "sent" | "failed";
  readonly attempts: number;
  readonly nextAttemptAt: number | null;
  readonly lastStatus: number | null;
  readonly lastResponse: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

function fromRow(r: Row): Delivery {
  return {
    id: String(r.id),
    channelId: String(r.channel_id),
    alertId: r.alert_id === null ? null : String(r.alert_id),
    notification: JSON.parse(String(r.notification)) as Notification,
    status: String(r.status) as Delivery["status"],
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at === null ? null : Number(r.next_attempt_at),
    lastStatus: r.last_status === null ? null : Number(r.last_status),
    lastResponse: r.last_response === null ? null : String(r.last_response),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

/**
 * The delivery log: each message is stored before it is sent, so a restart sends what was due, and every try is
 * recorded with the receiver's answer.
 */
export class DeliveryStore {
  constructor(private readonly store: DuckDbStore) {}

  /**
   * Stores deliveries, and the notification group states that made them due, in one transaction: after a crash
   * either both are there (the deliveries go out) or neither (the groups are flushed again).
   */
  async enqueue(
    entries: readonly { channelId: string; alertId: string | null; notification: Notification }[],
    now: number,
    groups: ReadonlyMap<string, unknown | null> = new Map(),
  ): Promise<string[]> {
    const ids = entries.map(() => `dlv_${randomBytes(6).toString("hex")}`);
    if (entries.length === 0 && groups.size === 0) return ids;
    await this.store.database.write(async (c) => {
      for (const [i, entry] of entries.entries()) {
        await c.run(
          `INSERT INTO deliveries VALUES ($id, $channel, $alert, $notification, 'pending', 0, $now, NULL, NULL, $now, $now)`,
          {
            id: ids[i]!,
            channel: entry.channelId,
            alert: entry.alertId,
            notification: JSON.stringify(entry.notification),
            now,
          },
        );
      }
      for (const [key, state] of groups) {
        if (state === null) await c.run("DELETE FROM notification_groups WHERE group_key = $key", { key });
        else {
          await c.run("INSERT OR REPLACE INTO notification_groups VALUES ($key, $state, $now)", {
            key,
            state: JSON.stringify(state),
            now,
          });
        }
      }
    });
    return ids;
  }

  /** Pending deliveries whose next try is due, oldest first. */
  async due(now: number, limit: number): Promise<Delivery[]> {
    return this.store.database.read(async (c) => {
      const found = await c.runAndReadAll(
        `SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $now
         ORDER BY next_attempt_at, created_at LIMIT $limit`,
        { now, limit },
      );
      return (found.getRowObjectsJS() as Row[]).map(fromRow);
    });
  }

  /** Records a try: sent, pending again at `nextAttemptAt`, or failed for good when that is null. */
  async recordAttempt(
    delivery: Delivery,
    outcome: DeliveryResult | { readonly error: string },
    nextAttemptAt: number | null,
    now: number,
  ): Promise<void> {
    const ok = "ok" in outcome && outcome.ok;
    const status = ok ? "sent" : nextAttemptAt === null ? "failed" : "pending";
    await this.store.database.write((c) =>
      c.run(
        `UPDATE deliveries SET status = $status, attempts = attempts + 1, next_attempt_at = $next,
         last_status = $lastStatus, last_response = $response, updated_at = $now WHERE id = $id`,
        {
          id: delivery.id,
          status,
          next: ok ? null : nextAttemptAt,
          lastStatus: "status" in outcome ? outcome.status : null,
          response: ("response" in outcome ? outcome.response : outcome.error).slice(0, 2000),
          now,
        },
      ),
    );
  }

  /** Newest first; `model` matches the model the notification is about. */
  async list(filter: {
    alert?: string;
    channel?: string;
    model?: string;
    limit: number;
  }): Promise<Delivery[]> {
    return this.store.database.read(async (c) => {
      const conditions = ["true"];
      const params: Record<string, string | number> = { limit: filter.limit };
      if (filter.alert !== undefined) {
        conditions.push("alert_id = $alert");
        params.alert = filter.alert;
      }
      if (filter.channel !== undefined) {
        conditions.push("channel_id = $channel");
        params.channel = filter.channel;
      }
      if (filter.model !== undefined) {
        conditions.push("json_extract_string(notification, '$.model') = $model");
        params.model = filter.model;
      }
      const found = await c.runAndReadAll(
        `SELECT * FROM deliveries WHERE ${conditions.join(" AND ")} ORDER BY created_at DESC, id LIMIT $limit`,
        params,
      );
      return (found.getRowObjectsJS() as Row[]).map(fromRow);
    });
  }
}
