import { resolveVersion } from "../analysis/window-params.js";
import type { Services } from "../server/services.js";
import { type ChangeBase, decideCondition } from "./decide-condition.js";
import { parseDuration } from "./duration.js";
import { historyDecision } from "./history-decision.js";
import type { MonitorEvaluation } from "./monitor-evaluation.js";
import type { Monitor } from "./monitor-spec.js";
import { type Point, pointsKey, readPoints } from "./read-points.js";
import type { SeriesRead } from "./series-reads.js";

/** One monitor evaluated at one instant (the end of its window). */
export interface EvaluationRequest {
  readonly monitor: Monitor;
  readonly at: number;
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
): Promise<ChangeBase> {
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
): { current: SeriesRead; history?: SeriesRead } {
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

/**
 * Evaluates monitors, each at its own instant, over the windows that end there, with the time-series computation
 * and its cache; reads are shared as `readPoints` says, so many instants of one monitor (a backtest) share what
 * they can. Each request gets its evaluation, or the error that kept it from one (an unknown version, no reference
 * for drift), in the order asked.
 */
export async function evaluateRequests(
  services: Services,
  requests: readonly EvaluationRequest[],
): Promise<(MonitorEvaluation | Error)[]> {
  const results: (MonitorEvaluation | Error)[] = [];
  const versions = new Map<Monitor, Promise<string | undefined>>();
  const planned: {
    index: number;
    monitor: Monitor;
    at: number;
    version: string | undefined;
    current: SeriesRead;
    history?: SeriesRead;
  }[] = [];
  for (const [index, { monitor, at }] of requests.entries()) {
    try {
      let version = versions.get(monitor);
      if (version === undefined) {
        version =
          monitor.version === null
            ? Promise.resolve(undefined)
            : resolveVersion(services.store, monitor.model, monitor.version);
        versions.set(monitor, version);
      }
      const resolved = await version;
      planned.push({ index, monitor, at, version: resolved, ...readsOf(monitor, at, resolved) });
    } catch (error) {
      results[index] = error instanceof Error ? error : new Error(String(error));
    }
  }
  const points = await readPoints(
    services,
    planned.flatMap((p) => [
      { read: p.current, metric: p.monitor.metric },
      ...(p.history ? [{ read: p.history, metric: p.monitor.metric }] : []),
    ]),
  );
  const benchmarks = new Map<string, Promise<ChangeBase>>();
  const benchmarkOf = (monitor: Monitor, version: string | undefined) => {
    const key = JSON.stringify([monitor.model, monitor.metric, version ?? null]);
    const found = benchmarks.get(key) ?? benchmark(services, monitor, version);
    benchmarks.set(key, found);
    return found;
  };
  for (const p of planned) {
    const current = points.get(pointsKey(p.current, p.monitor.metric))!;
    const history = p.history ? points.get(pointsKey(p.history, p.monitor.metric))! : undefined;
    if (current instanceof Error) results[p.index] = current;
    else if (history instanceof Error) results[p.index] = history;
    else {
      try {
        results[p.index] = await decide(p.monitor, p.at, p.version, current, history, p.history, () =>
          benchmarkOf(p.monitor, p.version),
        );
      } catch (error) {
        results[p.index] = error instanceof Error ? error : new Error(String(error));
      }
    }
  }
  return results;
}

/** Monitors evaluated at one instant, by monitor id (see `evaluateRequests`). */
export async function evaluateMonitors(
  services: Services,
  monitors: readonly Monitor[],
  at: number,
): Promise<Map<string, MonitorEvaluation | Error>> {
  const results = await evaluateRequests(
    services,
    monitors.map((monitor) => ({ monitor, at })),
  );
  return new Map(monitors.map((m, i) => [m.id, results[i]!] as const));
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
  monitor: Monitor,
  at: number,
  version: string | undefined,
  points: readonly Point[],
  history: readonly Point[] | undefined,
  historyRead: SeriesRead | undefined,
  offlineBenchmark: () => Promise<ChangeBase>,
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
  let changeBase: ChangeBase | undefined;
  if (condition.type === "change") {
    if (condition.vs === "previous") {
      const previous = pointValue(metric, points[0]!);
      changeBase = usable(monitor, previous)
        ? { value: previous.value }
        : { value: null, missing: "the previous window has no usable value" };
    } else {
      changeBase = await offlineBenchmark();
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
