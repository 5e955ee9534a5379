import type { Monitor } from "../monitors/monitor-types";
import { silenceOf } from "./alert-silence";
import type { Alert, Silence } from "./alert-types";

/** An alert with its monitor (absent when deleted or still loading) and the silence muting it now. */
export interface AlertRow {
  readonly alert: Alert;
  readonly monitor: Monitor | undefined;
  readonly silence: Silence | null;
}

/** The alert's labels for silence matching: the monitor's labels under model, monitor id and severity. */
export const silenceLabelsOf = (alert: Alert, monitor: Monitor | undefined) => ({
  model: alert.model,
  monitor: alert.monitorId,
  ...(monitor !== undefined ? { severity: monitor.severity, labels: monitor.labels } : {}),
});

export function alertRows(
  alerts: readonly Alert[],
  monitors: ReadonlyMap<string, Monitor>,
  silences: readonly Silence[],
  now: number,
): AlertRow[] {
  return alerts.map((alert) => {
    const monitor = monitors.get(alert.monitorId);
    return { alert, monitor, silence: silenceOf(alert, silenceLabelsOf(alert, monitor), silences, now) };
  });
}
