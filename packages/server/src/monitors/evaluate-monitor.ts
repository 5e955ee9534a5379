import { resolveVersion } from "../analysis/window-params.js";
import type { Services } from "../server/services.js";
import type { WindowFilter } from "../store/types.js";
import { decideCondition } from "./decide-condition.js";
import { parseDuration } from "./duration.js";
import { historyDecision } from "./history-decision.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Monitor } from "./monitor-spec.js";

export interface Point {
  readonly value: number | null;
  readonly count: number;
}

/** One series read: monitors that share it (same model, rows and buckets) are served by one query. */
interface Read {
  readonly model: string;
  readonly filter: WindowFilter;
  readonly origin: number;
  readonly intervalMs: number;
  readonly buckets: number;
}

const segmentOf = (text: string) => {
  const at = text.indexOf(":");
  return { name: text.slice(0, at), value: text.slice(at + 1) };
};

/**
 * `count` is the metric that watches for silence: an empty window is 0 predictions, not missing data, and
 * `minCount` does not apply to it.
 */
function pointValue(metric: string, point: Point): Point {
  return metric === "count" ? { value: point.count, count: point.count } : point;
}

/** Whether a point can be judged: a value on at least `minCount` rows (any count for `count`). */
export function usable(monitor: Monitor, point: Point): boolean {
  return point.value !== null && (monitor.metric === "count" || point.count >= monitor.minCount);
}

/** The offline benchmark a `change vs reference` compares with: the monitor's version's, else the champion's. */
async function benchmark(
  services: Services,
  monitor: Monitor,
  version: string | undefined,
): Promise<{ value: number | null; missing?: string }> {
  const { store } = services;
  let name = version;
  if (name === undefined) {
    name = (await store.listAliases(monitor.model)).find((a) => a.alias === "champion")?.version;
    if (name === undefined) return { value: null, missing: "no version given and no champion alias" };
  }
  const value = store.version(monitor.model, name).metrics[monitor.metric];
  return value === undefined
    ? { value: null, missing: `version '${name}' has no offline ${monitor.metric}` }
    : { value };
}

/** What a monitor reads at `at`: its window (and the window before, for a change against it), and its history. */
function readsOf(
  monitor: Monitor,
  at: number,
  version: string | undefined,
): { current: Read; history?: Read } {
  const windowMs = parseDuration(monitor.window)!;
  const scope = {
    ...(version !== undefined ? { version } : {}),
    ...(monitor.segment !== null ? { segment: segmentOf(monitor.segment) } : {}),
  };
  const { condition } = monitor;
  const previousToo = condition.type === "change" && condition.vs === "previous";
  const start = at - windowMs * (previousToo ? 2 : 1);
  const current = {
    model: monitor.model,
    filter: { from: start, to: at, ...scope },
    origin: start,
    intervalMs: windowMs,
    buckets: previousToo ? 2 : 1,
  };
  if (condition.type !== "anomaly" && condition.type !== "changepoint") return { current };
  // History in windows of the monitor's length aligned to multiples of it, so successive evaluations reuse them.
  const end = Math.floor((at - windowMs) / windowMs) * windowMs;
  const buckets = Math.floor(parseDuration(condition.history)! / windowMs);
  const from = end - buckets * windowMs;
  return {
    current,
    history: { ...current, filter: { ...current.filter, from, to: end }, origin: from, buckets },
  };
}

const readKey = (r: Read) => JSON.stringify([r.model, r.filter, r.origin, r.intervalMs, r.buckets]);

/** Reads every distinct window once with all the metrics asked of it; a failing read is retried per metric. */
async function readAll(
  services: Services,
  wanted: readonly { read: Read; metric: string }[],
): Promise<Map<string, Point[] | Error>> {
  const groups = new Map<string, { read: Read; metrics: Set<string> }>();
  for (const { read, metric } of wanted) {
    const key = readKey(read);
    const group = groups.get(key) ?? { read, metrics: new Set<string>() };
    group.metrics.add(metric);
    groups.set(key, group);
  }
  const out = new Map<string, Point[] | Error>();
  const fetch = async (read: Read, metrics: readonly string[]) => {
    const series = await services.series.series(read.model, { ...read, metrics });
    for (const s of series) out.set(`${readKey(read)}\u0000${s.metric}`, [...s.points]);
  };
  for (const { read, metrics } of groups.values()) {
    try {
      await fetch(read, [...metrics]);
    } catch {
      // One metric without what it needs (a reference for drift) must not fail the monitors of the others.
      for (const metric of metrics) {
        await fetch(read, [metric]).catch((error: unknown) => {
          out.set(
            `${readKey(read)}\u0000${metric}`,
            error instanceof Error ? error : new Error(String(error)),
          );
        });
      }
    }
  }
  return out;
}

/**
 * Evaluates monitors over the windows that end at `at`, with the time-series computation and its cache; monitors
 * that read the same rows share one query. Each gets its evaluation, or the error that kept it from one (an
 * unknown version, no reference for drift).
 */
export async function evaluateMonitors(
  services: Services,
  monitors: readonly Monitor[],
  at: number,
): Promise<Map<string, MonitorEvaluation | Error>> {
  const results = new Map<string, MonitorEvaluation | Error>();
  const planned: { monitor: Monitor; version: string | undefined; current: Read; history?: Read }[] = [];
  for (const monitor of monitors) {
    try {
      const version =
        monitor.version === null
          ? undefined
          : await resolveVersion(services.store, monitor.model, monitor.version);
      planned.push({ monitor, version, ...readsOf(monitor, at, version) });
    } catch (error) {
      results.set(monitor.id, error instanceof Error ? error : new Error(String(error)));
    }
  }
  const points = await readAll(
    services,
    planned.flatMap((p) => [
      { read: p.current, metric: p.monitor.metric },
      ...(p.history ? [{ read: p.history, metric: p.monitor.metric }] : []),
    ]),
  );
  for (const p of planned) {
    const current = points.get(`${readKey(p.current)}\u0000${p.monitor.metric}`)!;
    const history = p.history ? points.get(`${readKey(p.history)}\u0000${p.monitor.metric}`)! : undefined;
    if (current instanceof Error) results.set(p.monitor.id, current);
    else if (history instanceof Error) results.set(p.monitor.id, history);
    else {
      try {
        results.set(
          p.monitor.id,
          await decide(services, p.monitor, at, p.version, current, history, p.history),
        );
      } catch (error) {
        results.set(p.monitor.id, error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
  return results;
}

/** One monitor's evaluation at `at`; throws what kept it from one. */
export async function evaluateMonitor(
  services: Services,
  monitor: Monitor,
  at: number,
): Promise<MonitorEvaluation> {
  const result = (await evaluateMonitors(services, [monitor], at)).get(monitor.id)!;
  if (result instanceof Error) throw result;
  return result;
}

async function decide(
  services: Services,
  monitor: Monitor,
  at: number,
  version: string | undefined,
  points: readonly Point[],
  history: readonly Point[] | undefined,
  historyRead: Read | undefined,
): Promise<MonitorEvaluation> {
  const { metric, condition } = monitor;
  const windowMs = parseDuration(monitor.window)!;
  const current = pointValue(metric, points[points.length - 1]!);
  const base = {
    at,
    from: at - windowMs,
    value: current.value,
    count: current.count,
    version: version ?? null,
  };
  if (current.value === null) {
    return {
      ...base,
      status: "nodata",
      reason:
        current.count === 0 ? "no predictions in the window" : `${metric} is undefined on the window's rows`,
    };
  }
  if (!usable(monitor, current)) {
    return {
      ...base,
      status: "insufficient",
      reason: `${current.count} rows in the window, fewer than ${monitor.minCount}`,
    };
  }
  if (condition.type === "anomaly" || condition.type === "changepoint") {
    const values = history!.map((p) => {
      const point = pointValue(metric, p);
      return usable(monitor, point) ? point.value : null;
    });
    // Before its first prediction a model was not silent, it did not exist: those windows are not zeros.
    if (metric === "count") for (let i = 0; i < values.length && values[i] === 0; i++) values[i] = null;
    const starts = values.map((_, i) => historyRead!.origin + i * windowMs);
    return {
      ...base,
      ...historyDecision(condition, { values, starts }, current.value, at - windowMs),
    };
  }
  let changeBase: { value: number | null; missing?: string } | undefined;
  if (condition.type === "change") {
    if (condition.vs === "previous") {
      const previous = pointValue(metric, points[0]!);
      changeBase = usable(monitor, previous)
        ? { value: previous.value }
        : { value: null, missing: "the previous window has no usable value" };
    } else {
      changeBase = await benchmark(services, monitor, version);
    }
  }
  const decision = decideCondition(metric, current.value, condition, changeBase);
  if (!decision) {
    return {
      ...base,
      status: "nodata",
      reason: changeBase?.missing ?? `nothing to compare ${metric} with (a base of 0)`,
    };
  }
  const { breach, ...shown } = decision;
  return { ...base, ...shown, status: breach ? "breach" : "ok" };
}
