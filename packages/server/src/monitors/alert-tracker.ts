import { randomBytes } from "node:crypto";
import { alertFingerprint } from "../notify/fingerprint.js";
import type { AlertChange, AlertRow } from "../store/duckdb/alert-store.js";
import { type AlertState, nextAlertState } from "./alert-state.js";
import { parseDuration } from "./duration.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Monitor } from "./monitor-spec.js";

/** What is kept per monitor between evaluations: the state machine's state and the current alert episode. */
export interface TrackedAlert {
  readonly machine: AlertState;
  readonly alert: AlertRow | null;
}

export interface TrackStep {
  readonly tracked: TrackedAlert;
  readonly change: AlertChange | null;
  /** The alert started firing or resolved: its channels are due a notification. */
  readonly notify: "firing" | "resolved" | null;
}

const significant = ({ lastValue: _, ...rest }: AlertState) => JSON.stringify(rest);

/**
 * Moves a monitor's alert by one evaluation: runs the state machine, opens an episode (an alert with an id) on the
 * first breach after ok, and records each transition on the episode's timeline with the evaluation's reason.
 */
export function trackAlert(
  monitor: Monitor,
  previous: TrackedAlert | undefined,
  evaluation: MonitorEvaluation,
  now: number,
  newId: () => string = () => `alr_${randomBytes(6).toString("hex")}`,
): TrackStep {
  const step = nextAlertState(previous?.machine, evaluation, now, {
    forMs: parseDuration(monitor.for)!,
    keepFiringForMs: parseDuration(monitor.keepFiringFor)!,
    noData: monitor.noData,
  });
  const machine = step.state;
  let alert = previous?.alert ?? null;
  const active = machine.state === "pending" || machine.state === "firing";
  const opens = active && (alert === null || alert.state === "resolved" || alert.state === "ok");
  if (opens) {
    alert = {
      id: newId(),
      model: monitor.model,
      monitorId: monitor.id,
      fingerprint: alertFingerprint({
        model: monitor.model,
        monitor: monitor.id,
        version: monitor.version,
        segment: monitor.segment,
        labels: monitor.labels,
      }),
      state: machine.state as AlertRow["state"],
      startedAt: machine.activeAt ?? now,
      firingAt: null,
      resolvedAt: null,
      updatedAt: now,
      value: evaluation.value,
      reason: evaluation.reason,
      silencedBy: null,
      threshold: evaluation.compared ?? null,
    };
  }
  if (alert !== null && (step.transitions.length > 0 || opens || active)) {
    alert = {
      ...alert,
      state: machine.state,
      firingAt: machine.state === "firing" ? (alert.firingAt ?? machine.firingSince) : alert.firingAt,
      resolvedAt: machine.state === "resolved" ? machine.resolvedAt : alert.resolvedAt,
      updatedAt: step.transitions.length > 0 ? now : alert.updatedAt,
      value: evaluation.value,
      reason: evaluation.reason,
      threshold: evaluation.compared ?? alert.threshold,
    };
  }
  const tracked = { machine, alert };
  // The latest value alone is no change worth a write: a thousand quiet monitors must not cost a thousand rows.
  const changed =
    step.transitions.length > 0 ||
    (previous === undefined
      ? machine.state !== "ok" || alert !== null
      : significant(machine) !== significant(previous.machine) ||
        JSON.stringify(alert) !== JSON.stringify(previous.alert));
  return {
    tracked,
    change: changed
      ? {
          monitorId: monitor.id,
          model: monitor.model,
          state: tracked,
          ...(alert !== null ? { alert } : {}),
          events:
            alert === null
              ? []
              : step.transitions.map((t) => ({
                  at: t.at,
                  state: t.to,
                  value: t.value,
                  reason: evaluation.reason,
                })),
        }
      : null,
    notify: step.notify,
  };
}
