import { randomBytes } from "node:crypto";
import { AppError } from "../../errors/app-error.js";
import type { Comparison, ComparisonResult, NewComparison } from "../../registry/comparison.js";
import type { DuckDbStore } from "./duckdb-store.js";

type Row = Record<string, unknown>;

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function fromRow(r: Row, model: string): Comparison {
  return {
    id: String(r.id),
    model,
    candidate: String(r.candidate),
    baseline: String(r.baseline),
    window: { from: Number(r.window_from), to: Number(r.window_to) },
    trigger:
      r.alert_id === null && r.run_id === null
        ? null
        : { alertId: str(r.alert_id), actionId: str(r.action_id), runId: str(r.run_id) },
    status: String(r.status) as Comparison["status"],
    result: r.result === null ? null : (JSON.parse(String(r.result)) as ComparisonResult),
    error: str(r.error),
    createdAt: Number(r.created_at),
    completedAt: r.completed_at === null ? null : Number(r.completed_at),
  };
}

/** Comparisons of a new version with the current one, created when a retrained version registers. */
export class ComparisonStore {
  constructor(private readonly store: DuckDbStore) {}

  async create(input: NewComparison, now: number): Promise<Comparison> {
    const model = this.store.model(input.model);
    const comparison: Comparison = {
      ...input,
      id: `cmp_${randomBytes(6).toString("hex")}`,
      status: "pending",
      result: null,
      error: null,
      createdAt: now,
      completedAt: null,
    };
    await this.store.database.write((c) =>
      c.run(
        `INSERT INTO comparisons VALUES ($id, $model, $candidate, $baseline, $from, $to, $alert, $action, $run,
         'pending', NULL, NULL, $now, NULL)`,
        {
          id: comparison.id,
          model: model.id,
          candidate: input.candidate,
          baseline: input.baseline,
          from: input.window.from,
          to: input.window.to,
          alert: input.trigger?.alertId ?? null,
          action: input.trigger?.actionId ?? null,
          run: input.trigger?.runId ?? null,
          now,
        },
      ),
    );
    return comparison;
  }

  async finish(
    id: string,
    outcome: { readonly result: ComparisonResult } | { readonly error: string },
    now: number,
  ): Promise<void> {
    await this.store.database.write((c) =>
      c.run(
        "UPDATE comparisons SET status = $status, result = $result, error = $error, completed_at = $now WHERE id = $id",
        {
          id,
          status: "result" in outcome ? "done" : "failed",
          result: "result" in outcome ? JSON.stringify(outcome.result) : null,
          error: "error" in outcome ? outcome.error : null,
          now,
        },
      ),
    );
  }

  /** Newest first; optionally only those an alert led to. */
  async list(modelName: string, filter: { readonly alertId?: string } = {}): Promise<Comparison[]> {
    const model = this.store.model(modelName);
    return this.store.database.read(async (c) => {
      const found = await c.runAndReadAll(
        `SELECT * FROM comparisons WHERE model_id = $model AND ($alert IS NULL OR alert_id = $alert)
         ORDER BY created_at DESC, id`,
        { model: model.id, alert: filter.alertId ?? null },
      );
      return (found.getRowObjectsJS() as Row[]).map((r) => fromRow(r, model.name));
    });
  }

  async get(modelName: string, id: string): Promise<Comparison> {
    const model = this.store.model(modelName);
    const found = await this.store.database.read(async (c) => {
      const rows = await c.runAndReadAll("SELECT * FROM comparisons WHERE model_id = $model AND id = $id", {
        model: model.id,
        id,
      });
      const row = rows.getRowObjectsJS()[0] as Row | undefined;
      return row && fromRow(row, model.name);
    });
    if (!found) {
      throw new AppError("TELLTALE_NOT_FOUND", `model '${modelName}' has no comparison '${id}'`, {
        comparison: id,
      });
    }
    return found;
  }

  /** Comparisons a stop interrupted: marked failed at start, so nobody waits on them. */
  async failInterrupted(now: number): Promise<void> {
    await this.store.database.write((c) =>
      c.run(
        `UPDATE comparisons SET status = 'failed', error = 'interrupted: the server stopped before it finished',
         completed_at = $now WHERE status = 'pending'`,
        { now },
      ),
    );
  }

  /** Ids of retrain runs that already led to a comparison. */
  async linkedRuns(modelName: string): Promise<Set<string>> {
    return new Set((await this.list(modelName)).flatMap((c) => (c.trigger?.runId ? [c.trigger.runId] : [])));
  }
}
