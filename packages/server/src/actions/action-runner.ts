import { signedExportLink } from "../export/signed-export-link.js";
import type { TrackStep } from "../monitors/alert-tracker.js";
import { parseDuration } from "../monitors/duration.js";
import type { Monitor } from "../monitors/monitor-spec.js";
import { postToReceiver } from "../notify/channels/post-to-receiver.js";
import { webhookSignature } from "../notify/channels/send-webhook.js";
import type { Services } from "../server/services.js";
import type { AlertRow } from "../store/duckdb/alert-store.js";
import { actionDecision, rollbackTarget } from "./action-decision.js";
import type { Action, ActionRun, RetrainDefinition } from "./action-spec.js";

const WEBHOOK_TIMEOUT_MS = 10_000;

type Outcome = Pick<ActionRun, "status" | "detail">;

/**
 * Runs a monitor's actions when its alert starts firing: a rollback moves an alias (audited as the action's own
 * change), a webhook posts the alert to e.g. a retraining pipeline. Each run is recorded, including dry runs and
 * runs skipped for cooldown or because the action already ran for this alert.
 */
export class ActionRunner {
  private scheduleCheckedAt = Number.NEGATIVE_INFINITY;
  /** Runs in progress, one chain per monitor so a monitor's actions keep their order. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly services: Services) {}

  /**
   * Starts the monitor's actions without waiting for them: a slow webhook must not hold up the evaluation of
   * other monitors. `drain` waits for what was started.
   */
  onFiring(monitor: Monitor, step: TrackStep, now: number): Promise<void> {
    if (step.notify !== "firing" || step.tracked.alert === null || monitor.actions.length === 0) {
      return Promise.resolve();
    }
    const previous = this.running.get(monitor.id) ?? Promise.resolve();
    const next = previous
      .then(() => this.runAll(monitor, step, now))
      .catch((error: unknown) =>
        this.services.logger.error({ err: error, monitor: monitor.id }, "actions failed"),
      )
      .finally(() => {
        if (this.running.get(monitor.id) === next) this.running.delete(monitor.id);
      });
    this.running.set(monitor.id, next);
    return Promise.resolve();
  }

  /** Waits for every started run (shutdown, tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  private async runAll(monitor: Monitor, step: TrackStep, now: number): Promise<void> {
    const alert = step.tracked.alert!;
    const actions = await this.services.actions.list(monitor.model);
    for (const id of monitor.actions) {
      const action = actions.find((a) => a.id === id);
      if (!action) continue;
      const decision = actionDecision(
        action.definition,
        await this.services.actions.runs(action),
        alert.id,
        now,
      );
      let outcome: Outcome;
      if (!decision.run) outcome = { status: "skipped", detail: decision.reason };
      else {
        try {
          outcome = await this.execute(action, monitor, alert, now);
        } catch (error) {
          outcome = { status: "failed", detail: error instanceof Error ? error.message : String(error) };
        }
      }
      await this.services.actions.recordRun(action, {
        ...outcome,
        alertId: alert.id,
        monitorId: monitor.id,
        at: now,
      });
      this.services.logger.info(
        { action: action.id, monitor: monitor.id, alert: alert.id, ...outcome },
        "action run",
      );
    }
  }

  /**
   * Runs retrain actions that have a `schedule` and whose period has passed since their last scheduled run (or
   * their creation). Checked at most every 15 seconds; a run records no alert.
   */
  runScheduled(now: number): Promise<void> {
    if (now - this.scheduleCheckedAt < SCHEDULE_CHECK_MS || this.running.has(SCHEDULED))
      return Promise.resolve();
    this.scheduleCheckedAt = now;
    // In the background, as alert-started runs are: a slow pipeline must not hold up the monitors' loop.
    const job = this.runDueSchedules(now)
      .catch((error: unknown) => this.services.logger.error({ err: error }, "scheduled actions failed"))
      .finally(() => {
        if (this.running.get(SCHEDULED) === job) this.running.delete(SCHEDULED);
      });
    this.running.set(SCHEDULED, job);
    return job;
  }

  private async runDueSchedules(now: number): Promise<void> {
    for (const model of this.services.store.listModels()) {
      for (const action of await this.services.actions.list(model.name)) {
        const { definition } = action;
        if (definition.type !== "retrain" || definition.schedule === undefined) continue;
        const runs = (await this.services.actions.runs(action)).filter((r) => r.alertId === "");
        const last = runs.reduce((latest, r) => Math.max(latest, r.at), action.createdAt);
        if (now - last < parseDuration(definition.schedule)!) continue;
        let outcome: Outcome;
        try {
          outcome = await this.execute(action, null, null, now);
        } catch (error) {
          outcome = { status: "failed", detail: error instanceof Error ? error.message : String(error) };
        }
        await this.services.actions.recordRun(action, { ...outcome, alertId: "", monitorId: "", at: now });
        this.services.logger.info({ action: action.id, scheduled: true, ...outcome }, "action run");
      }
    }
  }

  private async execute(
    action: Action,
    monitor: Monitor | null,
    alert: AlertRow | null,
    now: number,
  ): Promise<Outcome> {
    const { definition } = action;
    const { store } = this.services;
    if (definition.type === "rollback") {
      const current = (await store.listAliases(action.model)).find(
        (a) => a.alias === definition.alias,
      )?.version;
      const history = (await store.aliasHistory(action.model, definition.alias)).reverse();
      const target = rollbackTarget(definition.to, current, history);
      if ("error" in target) return { status: "failed", detail: target.error };
      if (!store.versionNames(action.model).has(target.version)) {
        return { status: "failed", detail: `model '${action.model}' has no version '${target.version}'` };
      }
      if (target.version === current)
        return { status: "skipped", detail: `${definition.alias} is already ${current}` };
      const move = `${definition.alias} from ${current ?? "nothing"} to ${target.version}`;
      if (definition.dryRun) return { status: "dry-run", detail: `would move ${move}` };
      await store.setAlias(action.model, definition.alias, target.version, `action:${action.id}`, now);
      return { status: "done", detail: `moved ${move}` };
    }
    const payload: Record<string, unknown> = {
      action: { id: action.id, name: definition.name ?? null, type: definition.type },
      model: action.model,
      version: monitor?.version ?? null,
      trigger: alert ? "alert" : "schedule",
      monitor: monitor
        ? { id: monitor.id, name: monitor.name, metric: monitor.metric, segment: monitor.segment }
        : null,
      alert: alert
        ? {
            id: alert.id,
            fingerprint: alert.fingerprint,
            state: alert.state,
            startedAt: new Date(alert.startedAt).toISOString(),
            value: alert.value,
            threshold: alert.threshold,
            reason: alert.reason,
          }
        : null,
      window: { duration: monitor?.window ?? null, end: new Date(now).toISOString() },
      dryRun: definition.dryRun,
    };
    if (definition.type === "retrain") payload.export = this.retrainExport(action, definition, monitor, now);
    const body = JSON.stringify(payload);
    if (definition.dryRun)
      return {
        status: "dry-run",
        detail: `would POST ${body.length} bytes to ${new URL(definition.url).origin}`,
      };
    const answer = await postToReceiver({
      url: definition.url,
      headers: {
        "content-type": "application/json",
        ...(definition.secret !== undefined
          ? { "x-telltale-signature": webhookSignature(body, definition.secret) }
          : {}),
      },
      body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
    });
    return answer.ok
      ? { status: "done", detail: `HTTP ${answer.status}` }
      : { status: "failed", detail: `HTTP ${answer.status}: ${answer.response.slice(0, 500)}` };
  }

  /**
   * The data a retrain run hands over: a signed, expiring link to the export of the window that fired (the
   * monitor's version and segment, back `export.window` or the monitor's window from now).
   */
  private retrainExport(action: Action, definition: RetrainDefinition, monitor: Monitor | null, now: number) {
    const span = definition.export.window ?? monitor?.window ?? definition.schedule ?? "1d";
    const from = new Date(now - parseDuration(span)!).toISOString();
    const to = new Date(now).toISOString();
    const query: Record<string, string> = {
      from,
      to,
      format: definition.export.format,
      ...(definition.export.labelled ? { labelled: "true" } : {}),
      ...(monitor?.version ? { version: monitor.version } : {}),
      ...(monitor?.segment ? { segment: monitor.segment } : {}),
    };
    const link = signedExportLink(this.services, action.model, query, definition.export.expiresIn);
    return {
      url: link.url,
      expiresAt: new Date(link.expiresAt).toISOString(),
      format: definition.export.format,
      from,
      to,
      labelled: definition.export.labelled,
      version: monitor?.version ?? null,
      segment: monitor?.segment ?? null,
    };
  }
}

const SCHEDULE_CHECK_MS = 15_000;
/** The key of the scheduled runs' chain among the per-monitor ones (monitor ids start with `mon_`). */
const SCHEDULED = "schedule";
