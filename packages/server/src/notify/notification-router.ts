import type { TrackedAlert } from "../monitors/alert-tracker.js";
import { parseDuration } from "../monitors/duration.js";
import type { Monitor } from "../monitors/monitor-spec.js";
import type { AlertRow } from "../store/duckdb/alert-store.js";
import type { DeliveryStore } from "../store/duckdb/delivery-store.js";
import type { GroupStore } from "../store/duckdb/group-store.js";
import type { SilenceStore } from "../store/duckdb/silence-store.js";
import { buildNotification, notifiedAlert } from "./build-notification.js";
import { type GroupAlert, type GroupState, type GroupTiming, nextGroupFlush } from "./group-schedule.js";
import { silenced } from "./silence-match.js";

export interface RouterSources {
  /** Each monitor's tracked alert (see AlertStore.states). */
  readonly alerts: () => Promise<Map<string, unknown>>;
  readonly silences: SilenceStore;
  readonly groups: GroupStore;
  readonly deliveries: DeliveryStore;
  /** Marks an alert silenced (or no longer) so the alerts list shows it. */
  readonly markSilenced: (alert: AlertRow, silenceId: string | null) => Promise<void>;
  readonly externalUrl: () => string;
}

type Routed = GroupAlert & { readonly row: AlertRow };

/**
 * Turns monitors' alerts into deliveries, as Alertmanager routes: one group per model and monitor, notified after
 * `groupWait`, again after `groupInterval` when its alerts change, every `repeatInterval` while they fire, and once
 * when they resolve. Silenced alerts still change state but are left out of the groups, so nothing is sent for
 * them. Every due notification becomes one delivery per channel of the monitor; group states are stored, so a
 * restart neither repeats nor loses a notice that was due.
 */
export class NotificationRouter {
  constructor(
    private readonly sources: RouterSources,
    private readonly timing: Partial<GroupTiming> = {},
  ) {}

  /** Routes the alerts of `all` monitors (as the scheduler has just read them). */
  async route(now: number, all: readonly Monitor[]): Promise<number> {
    const { sources } = this;
    const monitors = all.filter((m) => m.channels.length > 0);
    if (monitors.length === 0) return 0;
    const tracked = await sources.alerts();
    const silences = (await sources.silences.current(now)).map((s) => ({ ...s }));
    const groups = await sources.groups.load();
    const changed = new Map<string, GroupState | null>();
    const deliveries: Parameters<DeliveryStore["enqueue"]>[0][number][] = [];
    for (const monitor of monitors) {
      const alert = (tracked.get(monitor.id) as TrackedAlert | undefined)?.alert ?? null;
      const key = `${monitor.model}/${monitor.id}`;
      const alerts: Routed[] = [];
      if (alert && (alert.state === "firing" || alert.state === "resolved") && alert.firingAt !== null) {
        const silence = silenced(
          { model: monitor.model, monitor: monitor.id, severity: monitor.severity, labels: monitor.labels },
          silences,
          now,
        );
        if (silence !== alert.silencedBy) await sources.markSilenced(alert, silence);
        if (silence === null) {
          alerts.push({
            fingerprint: alert.fingerprint,
            status: alert.state,
            startsAt: alert.firingAt,
            ...(alert.resolvedAt !== null ? { endsAt: alert.resolvedAt } : {}),
            row: alert,
          });
        }
      }
      const previous = (groups.get(key) as GroupState | undefined) ?? null;
      if (previous === null && alerts.length === 0) continue;
      const flush = nextGroupFlush(previous, alerts, now, this.timing);
      if (JSON.stringify(flush.group) !== JSON.stringify(previous)) changed.set(key, flush.group);
      if (!flush.due) continue;
      const windowMs = parseDuration(monitor.window)!;
      const url = sources.externalUrl();
      const notification = buildNotification(
        url,
        monitor,
        [...flush.notification.firing, ...flush.notification.resolved].map((a) =>
          notifiedAlert(url, monitor, a.row, a.row.threshold, windowMs),
        ),
      );
      for (const channelId of monitor.channels)
        deliveries.push({ channelId, alertId: alert?.id ?? null, notification });
    }
    await sources.deliveries.enqueue(deliveries, now, changed);
    return deliveries.length;
  }
}
