import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

/** One alert: an episode of a monitor's condition, from its first breach until it resolves. */
export interface AlertRow {
  readonly id: string;
  readonly model: string;
  readonly monitorId: string;
  readonly fingerprint: string;
  readonly state: "pending" | "firing" | "resolved" | "ok";
  readonly startedAt: number;
  readonly firingAt: number | null;
  readonly resolvedAt: number | null;
  readonly updatedAt: number;
  readonly value: number | null;
  readonly reason: string;
  readonly silencedBy: string | null;
  /** What the value was compared with at the latest evaluation (threshold, previous value, benchmark, expected). */
  readonly threshold: number | null;
}

export interface AlertEvent {
  readonly at: number;
  readonly state: string;
  readonly value: number | null;
  readonly reason: string;
}

/** What one evaluation changed for one monitor, written together. */
export interface AlertChange {
  readonly monitorId: string;
  readonly model: string;
  /** The state machine's state, stored as JSON and handed back as it was. */
  readonly state: unknown;
  /** The alert episode as it now stands, when there is one. */
  readonly alert?: AlertRow;
  readonly events: readonly AlertEvent[];
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function alertFromRow(r: Row, model: string): AlertRow {
  return {
    id: String(r.id),
    model,
    monitorId: String(r.monitor_id),
    fingerprint: String(r.fingerprint),
    state: String(r.state) as AlertRow["state"],
    startedAt: Number(r.started_at),
    firingAt: num(r.firing_at),
    resolvedAt: num(r.resolved_at),
    updatedAt: Number(r.updated_at),
    value: num(r.value),
    reason: String(r.reason),
    silencedBy: r.silenced_by === null ? null : String(r.silenced_by),
    threshold: num(r.threshold),
  };
}

/** Alert state per monitor, alert episodes and their timelines, in the catalog. */
export class AlertStore {
  constructor(private readonly store: DuckDbStore) {}

  private modelNames(): Map<number, string> {
    return new Map(this.store.listModels().map((m) => [m.id, m.name] as const));
  }

  /** The stored state machine state of each monitor that has one. */
  async states(): Promise<Map<string, unknown>> {
    return this.store.database.read(async (c) => {
      const found = await c.runAndReadAll("SELECT monitor_id, state FROM alert_states");
      return new Map(found.getRows().map(([id, state]) => [String(id), JSON.parse(String(state))] as const));
    });
  }

  /** Writes one cycle's changes in one transaction. */
  async apply(changes: readonly AlertChange[], now: number): Promise<void> {
    if (changes.length === 0) return;
    const ids = new Map(this.store.listModels().map((m) => [m.name, m.id] as const));
    await this.store.database.write(async (c) => {
      for (const change of changes) {
        const model = ids.get(change.model);
        if (model === undefined) continue;
        await c.run("INSERT OR REPLACE INTO alert_states VALUES ($monitor, $model, $state, $now)", {
          monitor: change.monitorId,
          model,
          state: JSON.stringify(change.state),
          now,
        });
        if (change.alert) await upsertAlert(c, model, change.alert);
        for (const event of change.events) {
          await c.run("INSERT INTO alert_events VALUES ($alert, $model, $at, $state, $value, $reason)", {
            alert: change.alert!.id,
            model,
            at: event.at,
            state: event.state,
            value: event.value,
            reason: event.reason,
          });
        }
      }
    });
  }

  /** Marks an alert silenced by a silence (or no longer), in its row and in its monitor's tracked state. */
  async markSilenced(alert: AlertRow, silenceId: string | null): Promise<void> {
    await this.store.database.write(async (c) => {
      await c.run("UPDATE alerts SET silenced_by = $silence WHERE id = $id", {
        id: alert.id,
        silence: silenceId,
      });
      const found = await c.runAndReadAll("SELECT state FROM alert_states WHERE monitor_id = $id", {
        id: alert.monitorId,
      });
      const row = found.getRows()[0];
      if (!row) return;
      const tracked = JSON.parse(String(row[0])) as { alert?: AlertRow | null };
      if (tracked.alert?.id !== alert.id) return;
      tracked.alert = { ...tracked.alert, silencedBy: silenceId };
      await c.run("UPDATE alert_states SET state = $state WHERE monitor_id = $id", {
        id: alert.monitorId,
        state: JSON.stringify(tracked),
      });
    });
  }

  /** Alerts newest first, each with its timeline (oldest event first). */
  async list(filter: {
    model?: string;
    state?: string;
    limit: number;
  }): Promise<(AlertRow & { timeline: AlertEvent[] })[]> {
    const names = this.modelNames();
    const modelId = filter.model === undefined ? undefined : this.store.model(filter.model).id;
    return this.store.database.read(async (c) => {
      const conditions = ["true"];
      const params: Record<string, string | number> = { limit: filter.limit };
      if (modelId !== undefined) {
        conditions.push("model_id = $model");
        params.model = modelId;
      }
      if (filter.state !== undefined) {
        conditions.push("state = $state");
        params.state = filter.state;
      }
      const found = await c.runAndReadAll(
        `SELECT * FROM alerts WHERE ${conditions.join(" AND ")} ORDER BY updated_at DESC, id LIMIT $limit`,
        params,
      );
      const alerts = (found.getRowObjectsJS() as Row[]).flatMap((r) => {
        const name = names.get(Number(r.model_id));
        return name === undefined ? [] : [alertFromRow(r, name)];
      });
      const out = [];
      for (const alert of alerts) {
        const events = await c.runAndReadAll(
          "SELECT * FROM alert_events WHERE alert_id = $id ORDER BY happened_at, rowid",
          { id: alert.id },
        );
        out.push({
          ...alert,
          timeline: (events.getRowObjectsJS() as Row[]).map((e) => ({
            at: Number(e.happened_at),
            state: String(e.state),
            value: num(e.value),
            reason: String(e.reason),
          })),
        });
      }
      return out;
    });
  }
}

async function upsertAlert(c: DuckDBConnection, model: number, alert: AlertRow): Promise<void> {
  await c.run(
    `INSERT OR REPLACE INTO alerts VALUES ($id, $model, $monitor, $fingerprint, $state, $startedAt, $firingAt,
     $resolvedAt, $updatedAt, $value, $reason, $silencedBy, $threshold)`,
    {
      id: alert.id,
      model,
      monitor: alert.monitorId,
      fingerprint: alert.fingerprint,
      state: alert.state,
      startedAt: alert.startedAt,
      firingAt: alert.firingAt,
      resolvedAt: alert.resolvedAt,
      updatedAt: alert.updatedAt,
      value: alert.value,
      reason: alert.reason,
      silencedBy: alert.silencedBy,
      threshold: alert.threshold,
    },
  );
}
