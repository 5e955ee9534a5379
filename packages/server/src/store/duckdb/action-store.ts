import { randomBytes } from "node:crypto";
import type { Action, ActionDefinition, ActionRun } from "../../actions/action-spec.js";
import { AppError } from "../../errors/app-error.js";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

/** Remediation actions of a model and the record of every run. */
export class ActionStore {
  constructor(private readonly store: DuckDbStore) {}

  async create(modelName: string, definition: ActionDefinition, by: string, now: number): Promise<Action> {
    const model = this.store.model(modelName);
    const action = {
      id: `act_${randomBytes(6).toString("hex")}`,
      model: model.name,
      definition,
      createdAt: now,
      createdBy: by,
    };
    await this.store.database.write((c) =>
      c.run("INSERT INTO actions VALUES ($id, $model, $definition, $now, $by)", {
        id: action.id,
        model: model.id,
        definition: JSON.stringify(definition),
        now,
        by,
      }),
    );
    return action;
  }

  async list(modelName: string): Promise<Action[]> {
    const model = this.store.model(modelName);
    return this.store.database.read(async (c) => {
      const found = await c.runAndReadAll(
        "SELECT * FROM actions WHERE model_id = $model ORDER BY created_at, id",
        {
          model: model.id,
        },
      );
      return (found.getRowObjectsJS() as Row[]).map((r) => ({
        id: String(r.id),
        model: model.name,
        definition: JSON.parse(String(r.definition)) as ActionDefinition,
        createdAt: Number(r.created_at),
        createdBy: String(r.created_by),
      }));
    });
  }

  async get(modelName: string, id: string): Promise<Action> {
    const found = (await this.list(modelName)).find((a) => a.id === id);
    if (!found)
      throw new AppError("TELLTALE_NOT_FOUND", `model '${modelName}' has no action '${id}'`, { action: id });
    return found;
  }

  async delete(modelName: string, id: string): Promise<void> {
    await this.get(modelName, id);
    await this.store.database.write(async (c) => {
      await c.run("DELETE FROM action_runs WHERE action_id = $id", { id });
      await c.run("DELETE FROM actions WHERE id = $id", { id });
    });
  }

  /** Runs newest first. */
  async runs(action: Action, limit = 100): Promise<ActionRun[]> {
    return this.store.database.read(async (c) => {
      const found = await c.runAndReadAll(
        "SELECT * FROM action_runs WHERE action_id = $id ORDER BY ran_at DESC, id LIMIT $limit",
        { id: action.id, limit },
      );
      return (found.getRowObjectsJS() as Row[]).map((r) => ({
        id: String(r.id),
        actionId: String(r.action_id),
        alertId: String(r.alert_id),
        monitorId: String(r.monitor_id),
        at: Number(r.ran_at),
        status: String(r.status) as ActionRun["status"],
        detail: String(r.detail),
      }));
    });
  }

  async recordRun(action: Action, run: Omit<ActionRun, "id" | "actionId">): Promise<ActionRun> {
    const model = this.store.model(action.model);
    const stored = { ...run, id: `run_${randomBytes(6).toString("hex")}`, actionId: action.id };
    await this.store.database.write((c) =>
      c.run(
        "INSERT INTO action_runs VALUES ($id, $action, $model, $alert, $monitor, $at, $status, $detail)",
        {
          id: stored.id,
          action: action.id,
          model: model.id,
          alert: run.alertId,
          monitor: run.monitorId,
          at: run.at,
          status: run.status,
          detail: run.detail,
        },
      ),
    );
    return stored;
  }
}
