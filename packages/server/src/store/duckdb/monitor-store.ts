import { randomBytes } from "node:crypto";
import { BIGINT, DOUBLE, INTEGER, LIST, listValue, VARCHAR } from "@duckdb/node-api";
import { AppError } from "../../errors/app-error.js";
import type { MonitorEvaluation } from "../../monitors/monitor-evaluation.js";
import type { Monitor, MonitorPatch, NewMonitor } from "../../monitors/monitor-spec.js";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

/** Monitors and their evaluation history, in the catalog; a model's monitors go with the model. */
export class MonitorStore {
  constructor(private readonly store: DuckDbStore) {}

  private get database() {
    return this.store.database;
  }

  private toMonitor(row: Row, model: string): Monitor {
    return {
      ...(JSON.parse(String(row.definition)) as NewMonitor),
      id: String(row.id),
      model,
      createdAt: Number(row.created_at),
      updatedAt: Number(row.updated_at),
      createdBy: String(row.created_by),
    };
  }

  async create(modelName: string, definition: NewMonitor, by: string, now: number): Promise<Monitor> {
    const model = this.store.model(modelName);
    const id = `mon_${randomBytes(6).toString("hex")}`;
    await this.database.write((c) =>
      c.run("INSERT INTO monitors VALUES ($id, $model, $definition, $now, $now, $by)", {
        id,
        model: model.id,
        definition: JSON.stringify(definition),
        now,
        by,
      }),
    );
    return { ...definition, id, model: model.name, createdAt: now, updatedAt: now, createdBy: by };
  }

  async list(modelName: string): Promise<Monitor[]> {
    const model = this.store.model(modelName);
    return this.database.read(async (c) => {
      const found = await c.runAndReadAll(
        "SELECT * FROM monitors WHERE model_id = $model ORDER BY created_at, id",
        { model: model.id },
      );
      return (found.getRowObjectsJS() as Row[]).map((r) => this.toMonitor(r, model.name));
    });
  }

  /** Every monitor of every model, for the scheduler. */
  async all(): Promise<Monitor[]> {
    const names = new Map(this.store.listModels().map((m) => [m.id, m.name] as const));
    return this.database.read(async (c) => {
      const found = await c.runAndReadAll("SELECT * FROM monitors ORDER BY created_at, id");
      return (found.getRowObjectsJS() as Row[]).flatMap((r) => {
        const name = names.get(Number(r.model_id));
        return name === undefined ? [] : [this.toMonitor(r, name)];
      });
    });
  }

  async get(modelName: string, id: string): Promise<Monitor> {
    const model = this.store.model(modelName);
    const row = await this.database.read(async (c) => {
      const found = await c.runAndReadAll("SELECT * FROM monitors WHERE id = $id AND model_id = $model", {
        id,
        model: model.id,
      });
      return (found.getRowObjectsJS() as Row[])[0];
    });
    if (!row) {
      throw new AppError("TELLTALE_NOT_FOUND", `model '${modelName}' has no monitor '${id}'`, {
        model: modelName,
        monitor: id,
      });
    }
    return this.toMonitor(row, model.name);
  }

  /** Applies a patch checked by `check` (which sees the merged monitor) and stores it. */
  async update(
    modelName: string,
    id: string,
    patch: MonitorPatch,
    now: number,
    check: (merged: Monitor) => Promise<void>,
  ): Promise<Monitor> {
    const current = await this.get(modelName, id);
    const merged: Monitor = { ...current, ...patch, updatedAt: now } as Monitor;
    await check(merged);
    const { id: _id, model: _model, createdAt: _c, updatedAt: _u, createdBy: _b, ...definition } = merged;
    await this.database.write((c) =>
      c.run("UPDATE monitors SET definition = $definition, updated_at = $now WHERE id = $id", {
        id,
        definition: JSON.stringify(definition),
        now,
      }),
    );
    return merged;
  }

  async delete(modelName: string, id: string): Promise<void> {
    await this.get(modelName, id);
    await this.database.write(async (c) => {
      await c.run("DELETE FROM monitor_evaluations WHERE monitor_id = $id", { id });
      await c.run("DELETE FROM monitors WHERE id = $id", { id });
    });
  }

  /** Stores one cycle's evaluations in one transaction (a thousand monitors must not cost a thousand commits). */
  async recordEvaluations(
    entries: readonly { readonly monitor: Monitor; readonly evaluation: MonitorEvaluation }[],
    evaluatedAt: number,
  ): Promise<void> {
    const ids = new Map(this.store.listModels().map((m) => [m.name, m.id] as const));
    const rows = entries.filter((e) => ids.has(e.monitor.model));
    if (rows.length === 0) return;
    const column = <T>(pick: (e: (typeof rows)[number]) => T) => rows.map(pick);
    await this.database.write((c) =>
      c.run(
        `INSERT INTO monitor_evaluations
         SELECT unnest($model), unnest($monitor), unnest($at), unnest($value), unnest($count), unnest($status),
           unnest($detail), $evaluatedAt`,
        {
          model: listValue(column((e) => ids.get(e.monitor.model)!)),
          monitor: listValue(column((e) => e.monitor.id)),
          at: listValue(column((e) => BigInt(e.evaluation.at))),
          value: listValue(column((e) => e.evaluation.value)),
          count: listValue(column((e) => BigInt(e.evaluation.count))),
          status: listValue(column((e) => e.evaluation.status)),
          detail: listValue(
            column((e) => {
              const { at: _a, value: _v, count: _c, status: _s, ...detail } = e.evaluation;
              return JSON.stringify(detail);
            }),
          ),
          evaluatedAt,
        },
        // Without types a list takes the type of its first item: [null, 0.5] would bind as a list of NULLs.
        {
          model: LIST(INTEGER),
          monitor: LIST(VARCHAR),
          at: LIST(BIGINT),
          value: LIST(DOUBLE),
          count: LIST(BIGINT),
          status: LIST(VARCHAR),
          detail: LIST(VARCHAR),
          evaluatedAt: BIGINT,
        },
      ),
    );
  }

  /** The newest evaluations first. */
  async history(monitor: Monitor, limit: number): Promise<MonitorEvaluation[]> {
    return this.database.read(async (c) => {
      const found = await c.runAndReadAll(
        "SELECT * FROM monitor_evaluations WHERE monitor_id = $id ORDER BY window_end DESC, evaluated_at DESC LIMIT $limit",
        { id: monitor.id, limit },
      );
      return (found.getRowObjectsJS() as Row[]).map(
        (r) =>
          ({
            ...(JSON.parse(String(r.detail)) as object),
            at: Number(r.window_end),
            value: r.value === null ? null : Number(r.value),
            count: Number(r.count),
            status: String(r.status),
          }) as MonitorEvaluation,
      );
    });
  }
}
