/** The dashboard's view state as it lives in the URL's query string, so a link reopens exactly that view. */

export const RANGES = {
  "1h": 3_600_000,
  "6h": 21_600_000,
  "24h": 86_400_000,
  "7d": 604_800_000,
  "30d": 2_592_000_000,
} as const;
export type RangeName = keyof typeof RANGES;
export const DEFAULT_RANGE: RangeName = "7d";

export const INTERVALS = { "5m": 300_000, "1h": 3_600_000, "1d": 86_400_000 } as const;
export type IntervalName = keyof typeof INTERVALS;

/** What the query string says; absent fields take their defaults in `resolveWindow`. */
export interface ViewState {
  /** A range ending now (live), or absent when `from`/`to` fix the window. */
  readonly range?: RangeName;
  readonly from?: string;
  readonly to?: string;
  readonly interval?: IntervalName;
  readonly version?: string;
  /** `column:value`, as the API's segment filter. */
  readonly segment?: string;
  readonly feature?: string;
}

export const VIEW_STATE_KEYS = ["range", "from", "to", "interval", "version", "segment", "feature"] as const;

const isRange = (v: string | null): v is RangeName => v !== null && v in RANGES;
const isInterval = (v: string | null): v is IntervalName => v !== null && v in INTERVALS;
const isInstant = (v: string | null): v is string => v !== null && v !== "" && Number.isFinite(Date.parse(v));

/** Reads the state, dropping values that cannot be right (an unknown range, an unparseable date). */
export function readViewState(params: URLSearchParams): ViewState {
  const range = params.get("range");
  const from = params.get("from");
  const to = params.get("to");
  const interval = params.get("interval");
  const pick = (name: string) => {
    const v = params.get(name);
    return v === null || v === "" ? undefined : v;
  };
  const version = pick("version");
  const segment = pick("segment");
  const feature = pick("feature");
  const fixed = isInstant(from) && isInstant(to) && Date.parse(from) < Date.parse(to);
  return {
    ...(fixed ? { from, to } : isRange(range) ? { range } : {}),
    ...(isInterval(interval) ? { interval } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(segment?.includes(":") ? { segment: segment } : {}),
    ...(feature !== undefined ? { feature } : {}),
  };
}

/**
 * Writes `patch` over the current query string: `undefined` removes a key, and choosing a range removes a fixed
 * window (and the other way round). Keys this module does not know (a view's own) are kept.
 */
export function writeViewState(
  params: URLSearchParams,
  patch: Partial<Record<keyof ViewState, string | undefined>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if ("range" in patch && patch.range !== undefined) {
    next.delete("from");
    next.delete("to");
  }
  if (("from" in patch && patch.from !== undefined) || ("to" in patch && patch.to !== undefined))
    next.delete("range");
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined || value === "") next.delete(name);
    else next.set(name, value);
  }
  return next;
}

export interface ResolvedWindow {
  readonly from: number;
  readonly to: number;
  readonly interval: IntervalName;
  /** True when the window ends now and follows new data. */
  readonly live: boolean;
  readonly version?: string;
  readonly segment?: string;
}

/**
 * The bucket width that keeps a chart between roughly 12 and 200 points: enough rows per bucket for a rate such as
 * accuracy to mean something, enough buckets to see when a change began.
 */
export function autoInterval(spanMs: number): IntervalName {
  if (spanMs <= 6 * 3_600_000) return "5m";
  if (spanMs <= 8 * 86_400_000) return "1h";
  return "1d";
}

/** Beyond this many buckets a chart is unreadable and every panel's query slow: the interval is coarsened. */
export const MAX_POINTS = 2_000;

/** The concrete window at `now`; an explicit interval too fine for the span is coarsened to the automatic one. */
export function resolveWindow(state: ViewState, now: number): ResolvedWindow {
  const fixed = state.from !== undefined && state.to !== undefined;
  const to = fixed ? Date.parse(state.to!) : now;
  const from = fixed ? Date.parse(state.from!) : to - RANGES[state.range ?? DEFAULT_RANGE];
  let interval = state.interval ?? autoInterval(to - from);
  if ((to - from) / INTERVALS[interval] > MAX_POINTS) interval = autoInterval(to - from);
  return {
    from,
    to,
    interval,
    live: !fixed,
    ...(state.version !== undefined ? { version: state.version } : {}),
    ...(state.segment !== undefined ? { segment: state.segment } : {}),
  };
}

/** The API's window query (`from`, `to`, `version`, `segment`) for a resolved window. */
export function windowQuery(window: ResolvedWindow): Record<string, string> {
  return {
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
    ...(window.version !== undefined ? { version: window.version } : {}),
    ...(window.segment !== undefined ? { segment: window.segment } : {}),
  };
}
