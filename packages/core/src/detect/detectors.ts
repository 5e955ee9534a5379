import { CUSUM_DEFAULTS, type CusumParams, cusumDetector } from "./cusum-detector.js";
import type { DetectorResult } from "./detector-result.js";
import { EWMA_DEFAULTS, type EwmaParams, ewmaDetector } from "./ewma-detector.js";
import { MAD_DEFAULTS, type MadParams, madDetector } from "./mad-detector.js";
import { type PageHinkleyParams, pageHinkleyDetector } from "./page-hinkley-detector.js";
import { SEASONAL_DEFAULTS, type SeasonalParams, seasonalDetector } from "./seasonal-detector.js";

/**
 * What a monitor hands every detector: the metric's history (oldest first, null where a window had no usable
 * value) and the current value; change-point detectors read `[...values, current]`, so their indices count
 * history points from 0 and the current point is `values.length`.
 */
export interface DetectorInput {
  readonly values: readonly (number | null)[];
  /** Epoch ms of each history point; the seasonal detector needs them unless given a `period`. */
  readonly timestamps?: readonly number[] | undefined;
  readonly current: number;
  readonly currentTimestamp?: number | undefined;
}

export interface DetectorParamsByMethod {
  readonly mad: MadParams;
  readonly ewma: EwmaParams;
  readonly seasonal: SeasonalParams;
  readonly cusum: CusumParams;
  readonly pagehinkley: PageHinkleyParams;
}

export type DetectorMethodName = keyof DetectorParamsByMethod;

export interface DetectorMethod<M extends DetectorMethodName = DetectorMethodName> {
  readonly name: M;
  /** `anomaly`: judges the current value against its history; `changepoint`: looks for a shift in the series. */
  readonly kind: "anomaly" | "changepoint";
  /** The defaults a monitor gets; `sensitivity` is the one a monitor usually sets. */
  readonly defaults: DetectorParamsByMethod[M] & { readonly sensitivity: number };
  /** What `sensitivity` means, for forms and docs. */
  readonly sensitivityMeans: string;
  readonly run: (input: DetectorInput, params: DetectorParamsByMethod[M]) => DetectorResult;
}

const series = (input: DetectorInput) => [...input.values, input.current];

/**
 * Page–Hinkley for monitors: δ and λ in σ of the first half of the series, so one default suits any metric.
 * δ = 0.5σ and λ = 10σ find a 2σ shift in ~6 points; river's δ = 0.005, λ = 50 (in σ) signal on ~70% of clean
 * 2000-point series, because with so small a δ the statistic is a random walk.
 */
const PAGE_HINKLEY_MONITOR_DEFAULTS = {
  sensitivity: 10,
  delta: 0.5,
  alpha: 1 - 0.0001,
  minInstances: 30,
  mode: "both",
  unit: "sigma",
} as const;

export const detectorMethods: { readonly [M in DetectorMethodName]: DetectorMethod<M> } = {
  mad: {
    name: "mad",
    kind: "anomaly",
    defaults: MAD_DEFAULTS,
    sensitivityMeans: "the |robust z| (median / scaled MAD) above which a value is anomalous",
    run: (input, params) => madDetector(input.values, input.current, { ...MAD_DEFAULTS, ...params }),
  },
  ewma: {
    name: "ewma",
    kind: "anomaly",
    defaults: EWMA_DEFAULTS,
    sensitivityMeans: "L, the EWMA control limits' width in σ of the EWMA",
    run: (input, params) => ewmaDetector(input.values, input.current, { ...EWMA_DEFAULTS, ...params }),
  },
  seasonal: {
    name: "seasonal",
    kind: "anomaly",
    defaults: SEASONAL_DEFAULTS,
    sensitivityMeans: "the |robust z| against the same time of day or week above which a value is anomalous",
    run: (input, params) => seasonalDetector(input, { ...SEASONAL_DEFAULTS, ...params }),
  },
  cusum: {
    name: "cusum",
    kind: "changepoint",
    defaults: CUSUM_DEFAULTS,
    sensitivityMeans: "h, the CUSUM decision interval in σ of the series' first half",
    run: (input, params) => cusumDetector(series(input), { ...CUSUM_DEFAULTS, ...params }),
  },
  pagehinkley: {
    name: "pagehinkley",
    kind: "changepoint",
    defaults: PAGE_HINKLEY_MONITOR_DEFAULTS,
    sensitivityMeans: "λ, the Page–Hinkley threshold in σ of the series' first half",
    run: (input, params) =>
      pageHinkleyDetector(series(input), { ...PAGE_HINKLEY_MONITOR_DEFAULTS, ...params }),
  },
};

export const detectorMethodNames = Object.keys(detectorMethods) as DetectorMethodName[];

export function isDetectorMethodName(name: string): name is DetectorMethodName {
  return Object.hasOwn(detectorMethods, name);
}

/**
 * Runs a detector by name with its monitor defaults under `params`; an undefined parameter keeps its default.
 * Throws RangeError for an unknown method or an invalid parameter, never for short input.
 */
export function detect<M extends DetectorMethodName>(
  method: M,
  input: DetectorInput,
  params: DetectorParamsByMethod[M] = {},
): DetectorResult {
  if (!isDetectorMethodName(method)) throw new RangeError(`unknown detector method '${String(method)}'`);
  const chosen = detectorMethods[method] as unknown as DetectorMethod<M>;
  const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  return chosen.run(input, defined as DetectorParamsByMethod[M]);
}
