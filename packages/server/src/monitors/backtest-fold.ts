import type { AlertRow } from "../store/duckdb/alert-store.js";
import type { AlertStateName } from "./alert-state.js";
import { type TrackedAlert, trackAlert } from "./alert-tracker.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Monitor } from "./monitor-spec.js";

/** One evaluation of a backtest and the alert state it left. Times in epoch ms. */
export interface BacktestPoint {
  readonly at: number;
  readonly value: number | null;
  readonly count: number;
  readonly status: MonitorEvaluation["status"];
  readonly state: AlertStateName;
  /** The condition held (a no-data window that `noData: alerting` counts as a breach is not one). */
  readonly breached: boolean;
  readonly reason: string;
  readonly compared: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** An alert the monitor would have raised: one episode, from its first breach until it resolved. */
export interface BacktestAlert {
  /** `ok`: it was pending and cleared without firing; `pending` or `firing`: still open at the end. */
  readonly state: "pending" | "firing" | "resolved" | "ok";
  readonly startedAt: number;
  readonly firingAt: number | null;
  readonly resolvedAt: number | null;
  /** When it resolved or went back to ok; null while open. */
  readonly endedAt: number | null;
  /** The breaching value furthest beyond what it was compared with (outside the band, for a band); null without one. */
  readonly peak: number | null;
}

export interface BacktestFold {
  readonly points: BacktestPoint[];
  readonly alerts: BacktestAlert[];
}

const isOpen = (row: AlertRow) => row.state === "pending" || row.state === "firing";

/** How far a breaching value lies beyond its limit: outside [lower, upper], else from the compared value. */
function excess(e: MonitorEvaluation & { value: number }): number {
  const lower = e.lower ?? null;
  const upper = e.upper ?? null;
  if (lower !== null || upper !== null) {
    return Math.max(lower !== null ? lower - e.value : 0, upper !== null ? e.value - upper : 0);
  }
  return e.compared != null ? Math.abs(e.value - e.compared) : 0;
}

/**
 * Feeds evaluations, in time order, through the alert tracking live evaluation uses (`trackAlert`, with the
 * monitor's `for`, `keepFiringFor` and `noData`), starting from no alert, and lists the alerts it would have
 * raised, oldest first.
 */
export function foldBacktest(monitor: Monitor, evaluations: readonly MonitorEvaluation[]): BacktestFold {
  const points: BacktestPoint[] = [];
  const rows = new Map<string, AlertRow>();
  const peaks = new Map<string, { value: number; excess: number }>();
  let tracked: TrackedAlert | undefined;
  let episodes = 0;
  for (const e of evaluations) {
    tracked = trackAlert(monitor, tracked, e, e.at, () => `episode-${++episodes}`).tracked;
    points.push({
      at: e.at,
      value: e.value,
      count: e.count,
      status: e.status,
      state: tracked.machine.state,
      breached: e.status === "breach",
      reason: e.reason,
      compared: e.compared ?? null,
      lower: e.lower ?? null,
      upper: e.upper ?? null,
    });
    const row = tracked.alert;
    if (row === null) continue;
    rows.set(row.id, row);
    if (isOpen(row) && e.status === "breach" && e.value !== null) {
      const beyond = excess({ ...e, value: e.value });
      const best = peaks.get(row.id);
      if (!best || beyond > best.excess) peaks.set(row.id, { value: e.value, excess: beyond });
    }
  }
  const alerts = [...rows.values()].map((row) => ({
    state: row.state,
    startedAt: row.startedAt,
    firingAt: row.firingAt,
    resolvedAt: row.resolvedAt,
    endedAt: isOpen(row) ? null : row.updatedAt,
    peak: peaks.get(row.id)?.value ?? null,
  }));
  return { points, alerts };
}
