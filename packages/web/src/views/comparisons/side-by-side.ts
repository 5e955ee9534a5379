import { lowerIsBetter } from "../../format/format";

/** Which way a metric improves; null when neither way is better (a signed mean error) or the way is unknown. */
export type Direction = "lower" | "higher" | null;

/** The side a difference favours; "tie" when the two are equal, null when a value or the direction is missing. */
export type Better = "candidate" | "base" | "tie" | null;

/** One metric of two sides: the base (the baseline's benchmark, or the predictions served) and the candidate. */
export interface SideBySideRow {
  readonly metric: string;
  readonly direction: Direction;
  readonly base: number | null;
  readonly candidate: number | null;
  /** candidate − base; null when either is missing. */
  readonly difference: number | null;
  readonly better: Better;
}

/** Metrics that are signed errors: closer to 0 is better, so neither lower nor higher wins. */
const SIGNED = new Set(["meanError"]);

/** The direction of a performance metric, by the dashboard's shared rule (lowerIsBetter). */
export function metricDirection(metric: string): Direction {
  if (SIGNED.has(metric)) return null;
  return lowerIsBetter(metric) ? "lower" : "higher";
}

export const finiteOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

export function betterOf(difference: number | null, direction: Direction): Better {
  if (difference === null || direction === null) return null;
  if (difference === 0) return "tie";
  return difference < 0 === (direction === "lower") ? "candidate" : "base";
}

/** A row with its difference and the side the metric's direction favours. */
export function sideBySide(
  metric: string,
  base: unknown,
  candidate: unknown,
  direction: Direction,
): SideBySideRow {
  const b = finiteOrNull(base);
  const c = finiteOrNull(candidate);
  const difference = b !== null && c !== null ? c - b : null;
  return { metric, direction, base: b, candidate: c, difference, better: betterOf(difference, direction) };
}
