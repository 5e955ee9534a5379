import { finiteCurrent, inHalfOpen, integerAtLeast, positive } from "./check-params.js";
import { type DetectorResult, insufficient } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { leaveOneOutResiduals } from "./leave-one-out-residuals.js";
import { median } from "./median.js";
import { type RobustSpread, robustSpread, robustVerdict, spreadWords } from "./robust-spread.js";
import {
  phasesByPosition,
  phasesByTime,
  SEASON_MS,
  type Season,
  type SeasonalPhases,
} from "./seasonal-phase.js";

/** A metric's history and current value; timestamps are epoch ms of the same instant of each window (e.g. its end). */
export interface SeasonalInput {
  readonly values: readonly (number | null)[];
  /** One per value; needed unless `period` is given. Points not before `currentTimestamp` are skipped. */
  readonly timestamps?: readonly number[] | undefined;
  readonly current: number;
  readonly currentTimestamp?: number | undefined;
}

export interface SeasonalParams {
  /** |robust z| above which the value is anomalous (default 3.5). */
  readonly sensitivity?: number | undefined;
  /** Compare with the same time of day (default) or of week. */
  readonly season?: Season | undefined;
  /** How far from the same time a point may be and still count (default 30 min: "the same hour"). */
  readonly toleranceMs?: number | undefined;
  /** The season in points instead of time: the current value follows the last history value. */
  readonly period?: number | undefined;
  /**
   * `pooled` (default): the scale is the scaled MAD of every history point's leave-one-out residual from its own
   * phase's median, stable with few points per phase; `phase`: the scaled MAD of the same-phase points alone.
   */
  readonly spread?: "pooled" | "phase" | undefined;
  /** Same-phase points needed to judge (default 4). */
  readonly minPoints?: number | undefined;
}

export const SEASONAL_DEFAULTS = {
  sensitivity: 3.5,
  season: "day",
  toleranceMs: 30 * 60_000,
  spread: "pooled",
  minPoints: 4,
} as const;

function phasesOf(input: SeasonalInput, params: SeasonalParams, toleranceMs: number, seasonMs: number) {
  if (params.period !== undefined) {
    return phasesByPosition(input.values.length, integerAtLeast("period", params.period, 2));
  }
  const { timestamps, currentTimestamp } = input;
  if (timestamps === undefined || currentTimestamp === undefined || !Number.isFinite(currentTimestamp)) {
    throw new RangeError("a seasonal detector needs timestamps and currentTimestamp, or a period in points");
  }
  if (timestamps.length !== input.values.length) {
    throw new RangeError(`${timestamps.length} timestamps for ${input.values.length} values`);
  }
  return phasesByTime(timestamps, currentTimestamp, seasonMs, toleranceMs);
}

/** Scaled MAD of the leave-one-out residuals of every phase group with 2 or more points. */
function pooledSpread(
  values: readonly (number | null)[],
  phases: SeasonalPhases,
  center: number,
): RobustSpread {
  const groups = new Map<number, number[]>();
  values.forEach((v, i) => {
    const bucket = phases.buckets[i]!;
    if (bucket < 0 || v === null || !Number.isFinite(v)) return;
    const group = groups.get(bucket);
    if (group) group.push(v);
    else groups.set(bucket, [v]);
  });
  const residuals: number[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const r of leaveOneOutResiduals(Float64Array.from(group).sort())) residuals.push(r);
  }
  const { scale, by } = robustSpread(Float64Array.from(residuals));
  return { center, scale, by };
}

/**
 * Seasonal baseline: the current value against the median of the points at the same time of day or week (or the
 * same position in a period of points), in robust z; anomalous when |z| > sensitivity. The default pooled scale
 * assumes the noise is alike across phases; the per-phase scale has ~6% false alarms at |z| > 3.5 with 7 normal
 * points, which is why it is not the default.
 */
export function seasonalDetector(input: SeasonalInput, params: SeasonalParams = {}): DetectorResult {
  const sensitivity = positive("sensitivity", params.sensitivity ?? SEASONAL_DEFAULTS.sensitivity);
  const season = params.season ?? SEASONAL_DEFAULTS.season;
  if (!Object.hasOwn(SEASON_MS, season))
    throw new RangeError(`season must be "day" or "week", got ${season}`);
  const seasonMs = SEASON_MS[season];
  const toleranceMs = inHalfOpen(
    "toleranceMs",
    params.toleranceMs ?? SEASONAL_DEFAULTS.toleranceMs,
    0,
    seasonMs / 2,
  );
  const spreadBy = params.spread ?? SEASONAL_DEFAULTS.spread;
  if (spreadBy !== "pooled" && spreadBy !== "phase") {
    throw new RangeError(`spread must be "pooled" or "phase", got ${spreadBy}`);
  }
  const minPoints = integerAtLeast("minPoints", params.minPoints ?? SEASONAL_DEFAULTS.minPoints, 2);
  const current = finiteCurrent(input.current);
  const phases = phasesOf(input, params, toleranceMs, seasonMs);
  const same: number[] = [];
  input.values.forEach((v, i) => {
    if (phases.samePhase[i] === 1 && v !== null && Number.isFinite(v)) same.push(v);
  });
  if (same.length < minPoints) return insufficient(minPoints, same.length, "points in the same phase");
  const samePhase = Float64Array.from(same);
  const spread =
    spreadBy === "phase" ? robustSpread(samePhase) : pooledSpread(input.values, phases, median(samePhase));
  const phaseWords =
    params.period !== undefined
      ? `every ${params.period} points back`
      : `the same time of ${season} (±${formatNumber(toleranceMs / 60_000)} min)`;
  const against = `the median ${formatNumber(spread.center)} of ${same.length} points at ${phaseWords} (${spreadBy === "pooled" ? "pooled " : ""}${spreadWords(spread)})`;
  return robustVerdict(current, spread, sensitivity, against);
}
