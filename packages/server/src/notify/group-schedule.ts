/** One alert of a group as the schedule sees it; the caller's own alert objects pass through to the notification. */
export interface GroupAlert {
  readonly fingerprint: string;
  readonly status: "firing" | "resolved";
  /** When this episode started firing: a new episode of the same series has a new one. */
  readonly startsAt: number;
  readonly endsAt?: number;
}

/** What a group (one model and monitor) remembers between calls; plain data, times in epoch ms. */
export interface GroupState {
  readonly createdAt: number;
  /** When the group's timer fires next: `groupWait` after creation, then `groupInterval` after each flush. */
  readonly nextFlushAt: number;
  /** When the last notification went out; null before the first. */
  readonly notifiedAt: number | null;
  /** Fingerprints sent as firing, and as resolved, in the last notification (sorted). */
  readonly notifiedFiring: readonly string[];
  readonly notifiedResolved: readonly string[];
  /** Resolved episodes already flushed: skipped while the caller still passes them, so each resolves once. */
  readonly settled: readonly { readonly fingerprint: string; readonly startsAt: number }[];
}

export interface GroupTiming {
  readonly groupWaitMs: number;
  readonly groupIntervalMs: number;
  readonly repeatIntervalMs: number;
}

/** Alertmanager's defaults for a route. */
export const DEFAULT_GROUP_TIMING: GroupTiming = {
  groupWaitMs: 30_000,
  groupIntervalMs: 300_000,
  repeatIntervalMs: 14_400_000,
};

/** Why a group is notified, after Alertmanager's notify reasons. */
export type FlushReason = "first" | "new-alerts" | "resolved" | "repeat";

interface FlushCommon {
  /** Store this after every call; null once nothing in the group fires (a later alert starts a new group). */
  readonly group: GroupState | null;
  /** When to call again if no alert changes before then; null without a group. */
  readonly nextCheckAt: number | null;
}

export type GroupFlush<A extends GroupAlert> =
  | (FlushCommon & {
      readonly due: true;
      readonly reason: FlushReason;
      /** Every alert of the group, firing and newly resolved, as Alertmanager sends the whole group. */
      readonly notification: { readonly firing: readonly A[]; readonly resolved: readonly A[] };
    })
  | (FlushCommon & { readonly due: false });

const isSubset = (items: readonly string[], of: readonly string[]) =>
  items.every((item) => of.includes(item));

/** Alertmanager's DedupStage (`notify/dedup_stage.go`): whether a flush with these alerts tells the receiver anything. */
function flushReason(
  group: GroupState,
  firing: readonly string[],
  resolved: readonly string[],
  now: number,
  repeatMs: number,
): FlushReason | null {
  if (group.notifiedAt === null) return firing.length > 0 ? "first" : null;
  if (!isSubset(firing, group.notifiedFiring))
    return group.notifiedFiring.length === 0 ? "first" : "new-alerts";
  // All resolved: tell the receiver only if it was told something fired.
  if (firing.length === 0) return group.notifiedFiring.length > 0 && resolved.length > 0 ? "resolved" : null;
  if (!isSubset(resolved, group.notifiedResolved)) return "resolved";
  return now - group.notifiedAt >= repeatMs ? "repeat" : null;
}

/**
 * Advances one group's notification schedule to `now`, as Alertmanager's aggregation group does: the first flush
 * `groupWait` after the group is created (at once for an alert that started more than `groupWait` ago), then one
 * flush every `groupInterval`; a flush notifies only when the firing set gained an alert, an alert resolved, or
 * `repeatInterval` has passed since the last notification (at or after it, where Alertmanager needs strictly more).
 * Resolved alerts leave the group at the flush after they resolve, notified or not, and a group left with nothing
 * firing closes. Pass the group's current alerts (one per fingerprint) on every call.
 */
export function nextGroupFlush<A extends GroupAlert>(
  previous: GroupState | null | undefined,
  alerts: readonly A[],
  now: number,
  timing: Partial<GroupTiming> = {},
): GroupFlush<A> {
  const { groupWaitMs, groupIntervalMs, repeatIntervalMs } = { ...DEFAULT_GROUP_TIMING, ...timing };
  const firing = alerts.filter((a) => a.status === "firing");
  const ended = alerts.filter((a) => a.status === "resolved");
  const episodes = (list: readonly A[]) =>
    list.map(({ fingerprint, startsAt }) => ({ fingerprint, startsAt }));

  let group = previous ?? null;
  if (group === null) {
    if (firing.length === 0) return { due: false, group: null, nextCheckAt: null };
    const old = firing.some((a) => a.startsAt + groupWaitMs < now);
    // Alerts that resolved before the group existed are no news to its receivers.
    group = {
      createdAt: now,
      nextFlushAt: old ? now : now + groupWaitMs,
      notifiedAt: null,
      notifiedFiring: [],
      notifiedResolved: [],
      settled: episodes(ended),
    };
  }
  if (now < group.nextFlushAt) return { due: false, group, nextCheckAt: group.nextFlushAt };

  const { settled } = group;
  const resolved = ended.filter(
    (a) => !settled.some((s) => s.fingerprint === a.fingerprint && s.startsAt === a.startsAt),
  );
  const firingIds = firing.map((a) => a.fingerprint).sort();
  const resolvedIds = resolved.map((a) => a.fingerprint).sort();
  const reason = flushReason(group, firingIds, resolvedIds, now, repeatIntervalMs);
  const flushed: GroupState = {
    ...group,
    nextFlushAt: now + groupIntervalMs,
    ...(reason !== null ? { notifiedAt: now, notifiedFiring: firingIds, notifiedResolved: resolvedIds } : {}),
    settled: episodes(ended),
  };
  const next = firing.length > 0 ? flushed : null;
  const common = { group: next, nextCheckAt: next?.nextFlushAt ?? null };
  return reason === null
    ? { due: false, ...common }
    : { due: true, reason, notification: { firing, resolved }, ...common };
}
