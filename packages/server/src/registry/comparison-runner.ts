import type { MonitoredRows } from "@telltale/core";
import type { Action, ActionRun, RetrainDefinition } from "../actions/action-spec.js";
import { modelSpec } from "../analysis/model-spec.js";
import { countLabelled, sideMetrics } from "../analysis/side-metrics.js";
import { resolveVersion } from "../analysis/window-params.js";
import { binaryClasses } from "../endpoint/binary-classes.js";
import { endpointOutcomes } from "../endpoint/endpoint-outcomes.js";
import { ModelEndpoint } from "../endpoint/model-endpoint.js";
import { readCandidates } from "../export/read-candidates.js";
import { parseDuration } from "../monitors/duration.js";
import type { Services } from "../server/services.js";
import type { Model } from "../store/types.js";
import { outcomeColumn, scoreColumn } from "./array-columns.js";
import type { Comparison, ComparisonResult, NewComparison } from "./comparison.js";

/** Labelled rows replayed through a candidate's endpoint at most (a seeded sample of bigger windows). */
export const REPLAY_ROWS = 50_000;
const REPLAY_DEADLINE_MS = 10 * 60_000;
/** A retrain run older than this does not claim a newly registered version. */
const RUN_CLAIM_MS = 30 * 86_400_000;

/**
 * Closes the retraining loop: when a version registers after a retrain run, compares it with the version that was
 * monitored (or the champion) on the window that was exported — offline benchmarks side by side, the baseline's
 * production metrics there, and a historical replay of the window's labelled rows through the candidate's
 * endpoint when it has one. Work runs in the background; `drain` waits for it.
 */
export class ComparisonRunner {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly services: Services) {}

  /** Starts the comparison a registration calls for, if a retrain run of the model is waiting for its version. */
  async onVersionRegistered(modelName: string, candidate: string): Promise<Comparison | null> {
    const now = this.services.now();
    const claim = await this.waitingRun(modelName, now);
    if (!claim) return null;
    const { action, run, definition } = claim;
    const monitor = (await this.services.monitors.list(modelName)).find((m) => m.id === run.monitorId);
    const span = parseDuration(definition.export.window ?? monitor?.window ?? definition.schedule ?? "1d")!;
    const baseline = await this.baselineFor(modelName, candidate, monitor?.version ?? null);
    if (baseline === null) return null;
    return this.start({
      model: modelName,
      candidate,
      baseline,
      window: { from: run.at - span, to: run.at },
      trigger: { alertId: run.alertId === "" ? null : run.alertId, actionId: action.id, runId: run.id },
    });
  }

  /** Records a comparison and computes it in the background. */
  async start(input: NewComparison): Promise<Comparison> {
    const created = await this.services.comparisons.create(input, this.services.now());
    const job: Promise<void> = this.compute(created)
      .then((result) => this.services.comparisons.finish(created.id, { result }, this.services.now()))
      .catch(async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.services.logger.warn({ err: error, comparison: created.id }, "comparison failed");
        await this.services.comparisons.finish(created.id, { error: message }, this.services.now());
      })
      .catch((error: unknown) => this.services.logger.error({ err: error }, "comparison not stored"))
      .finally(() => this.running.delete(job));
    this.running.add(job);
    return created;
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** The newest retrain run that reached the pipeline and has not led to a comparison yet. */
  private async waitingRun(modelName: string, now: number) {
    const linked = await this.services.comparisons.linkedRuns(modelName);
    let best: { action: Action; run: ActionRun; definition: RetrainDefinition } | null = null;
    for (const action of await this.services.actions.list(modelName)) {
      if (action.definition.type !== "retrain") continue;
      for (const run of await this.services.actions.runs(action)) {
        if (run.status !== "done" || linked.has(run.id) || now - run.at > RUN_CLAIM_MS) continue;
        if (!best || run.at > best.run.at) best = { action, run, definition: action.definition };
      }
    }
    return best;
  }

  /** The monitored version (an alias read now), else the champion, else the newest other version. */
  private async baselineFor(
    modelName: string,
    candidate: string,
    monitored: string | null,
  ): Promise<string | null> {
    const { store } = this.services;
    for (const name of [monitored, "champion"]) {
      if (name === null) continue;
      try {
        const version = await resolveVersion(store, modelName, name);
        if (version !== candidate) return version;
      } catch {
        // An alias that is gone: try the next choice.
      }
    }
    const others = store.listVersions(modelName).filter((v) => v.version !== candidate);
    return others.length > 0 ? others[others.length - 1]!.version : null;
  }

  private async compute(comparison: Comparison): Promise<ComparisonResult> {
    const { store } = this.services;
    const model = store.model(comparison.model);
    const spec = modelSpec(model);
    const baseline = store.version(model.name, comparison.baseline);
    const candidate = store.version(model.name, comparison.candidate);
    const names = [...new Set([...Object.keys(baseline.metrics), ...Object.keys(candidate.metrics)])].sort();
    const benchmark = names.map((metric) => ({
      metric,
      baseline: baseline.metrics[metric] ?? null,
      candidate: candidate.metrics[metric] ?? null,
    }));
    const served = await store.window(model.name, {
      filter: { ...comparison.window, version: comparison.baseline },
      features: [],
      outcomes: true,
    });
    const production =
      served.rows > 0
        ? { rows: served.rows, labelled: countLabelled(served), ...sideMetrics(spec, served) }
        : null;
    if (candidate.endpoint === null) {
      return {
        benchmark,
        production,
        replay: null,
        replayNote: `version '${candidate.version}' has no prediction endpoint to replay the window through`,
      };
    }
    const rows = await store.database.read((c) =>
      readCandidates(c, model, comparison.window, { labelled: true, limit: REPLAY_ROWS, seed: 0 }),
    );
    if (rows.ids.length === 0) {
      return {
        benchmark,
        production,
        replay: null,
        replayNote: "the window holds no labelled rows to replay",
      };
    }
    const endpoint = new ModelEndpoint(
      candidate.endpoint,
      model.features.map((f) => f.name),
      // Up to 100 requests of 500 rows: a background job may take longer than an interactive call's 2 minutes.
      { timeoutMs: this.services.endpoint.timeoutMs, deadlineMs: REPLAY_DEADLINE_MS },
    );
    const outcomes = endpointOutcomes(
      await endpoint.predict(rows.features),
      model,
      binaryClasses(model, [rows.predictions, rows.labels]),
    );
    const side = (
      predictions: readonly (string | number | null)[],
      scores: ArrayLike<number | null> | null,
    ) => sideMetrics(spec, replayRows(model, predictions, scores, rows.labels));
    return {
      benchmark,
      production,
      replay: {
        rows: rows.ids.length,
        served: side(rows.predictions, model.task === "binary" ? rows.scores : null),
        candidate: side(outcomes.predictions, outcomes.scores),
      },
      replayNote: null,
    };
  }
}

function replayRows(
  model: Model,
  predictions: readonly (string | number | null)[],
  scores: ArrayLike<number | null> | null,
  labels: readonly (string | number | null)[],
): MonitoredRows {
  return {
    rows: labels.length,
    features: [],
    prediction: outcomeColumn("prediction", predictions, model.task),
    label: outcomeColumn("label", labels, model.task),
    ...(scores ? { score: scoreColumn(scores) } : {}),
  };
}
