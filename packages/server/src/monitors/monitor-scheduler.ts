import type { Services } from "../server/services.js";
import { alertEvents } from "./alert-events.js";
import { type TrackedAlert, type TrackStep, trackAlert } from "./alert-tracker.js";
import { dueMonitors } from "./due-monitors.js";
import { evaluateMonitors } from "./evaluate-monitor.js";
import { failedEvaluation } from "./failed-evaluation.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Monitor } from "./monitor-spec.js";

export interface SchedulerOptions {
  /** How often due monitors are looked for; each monitor's own period is its `every`. */
  readonly tickMs?: number;
  /** Runs after every tick, whether or not monitors were due (notification routing keeps its own timing). */
  readonly afterTick?: (now: number, monitors: readonly Monitor[]) => Promise<void>;
  /** Called when a monitor's alert starts firing or resolves, after the change is stored. */
  readonly onNotify?: (monitor: Monitor, step: TrackStep, now: number) => Promise<void>;
}

/**
 * Evaluates every enabled monitor once per its `every`, one after another, and stores each evaluation. A
 * monitor that cannot be evaluated (its version or reference is gone) records no data with the reason, so its
 * alert follows the monitor's `noData` rule and the loop goes on. One cycle runs at a time.
 */
export class MonitorScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly lastEvaluated = new Map<string, number>();

  constructor(
    private readonly services: Services,
    private readonly options: SchedulerOptions = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 1000);
    this.timer.unref();
  }

  /** Runs one cycle unless one is running; resolves when that cycle ends. */
  tick(): Promise<void> {
    this.running ??= this.cycle()
      .then((monitors) => (monitors ? this.options.afterTick?.(this.services.now(), monitors) : undefined))
      .catch((error: unknown) => this.services.logger.error({ err: error }, "monitor scheduler: tick failed"))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Evaluates the due monitors; returns every monitor as read, for `afterTick` (undefined if it could not read them). */
  private async cycle(): Promise<readonly Monitor[] | undefined> {
    const { services } = this;
    const now = services.now();
    let monitors: Monitor[];
    try {
      monitors = await services.monitors.all();
    } catch (error) {
      services.logger.error({ err: error }, "monitor scheduler: cannot list monitors");
      return undefined;
    }
    const due = dueMonitors(monitors, this.lastEvaluated, now);
    if (due.length === 0) return monitors;
    const done = services.metrics.monitorCycleSeconds.startTimer();
    const results = await evaluateMonitors(services, due, now);
    const evaluations = due.map((monitor) => ({
      monitor,
      evaluation: this.evaluation(monitor, results.get(monitor.id)!, now),
    }));
    try {
      await services.monitors.recordEvaluations(evaluations, now);
    } catch (error) {
      services.logger.error({ err: error }, "monitor evaluations not stored");
    }
    await this.trackAlerts(evaluations, now);
    done();
    return monitors;
  }

  /** Moves every evaluated monitor's alert and stores the changes together; then tells live streams, and notifies. */
  private async trackAlerts(
    evaluations: readonly { monitor: Monitor; evaluation: MonitorEvaluation }[],
    now: number,
  ): Promise<void> {
    const { services } = this;
    try {
      const states = await services.alerts.states();
      const steps = evaluations.map(({ monitor, evaluation }) => ({
        monitor,
        step: trackAlert(monitor, states.get(monitor.id) as TrackedAlert | undefined, evaluation, now),
      }));
      const changes = steps.flatMap(({ step }) => (step.change ? [step.change] : []));
      await services.alerts.apply(changes, now);
      for (const change of changes)
        for (const event of alertEvents(change)) services.events.publish(change.model, event);
      for (const { monitor, step } of steps) {
        if (step.notify) await this.options.onNotify?.(monitor, step, now);
      }
    } catch (error) {
      services.logger.error({ err: error }, "monitor scheduler: alert states not updated");
    }
  }

  /** The evaluation to store: a failure is no data, with the reason. */
  private evaluation(monitor: Monitor, result: MonitorEvaluation | Error, now: number): MonitorEvaluation {
    const { services } = this;
    this.lastEvaluated.set(monitor.id, now);
    services.metrics.monitorEvaluations.inc({ status: result instanceof Error ? "error" : result.status });
    if (!(result instanceof Error)) return result;
    services.logger.warn(
      { monitor: monitor.id, model: monitor.model, err: result },
      "monitor evaluation failed",
    );
    return failedEvaluation(monitor, result, now);
  }
}
