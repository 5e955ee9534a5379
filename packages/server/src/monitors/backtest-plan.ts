/** A backtest evaluates at most this many instants; a longer range is evaluated less often. */
export const MAX_BACKTEST_EVALUATIONS = 500;

/**
 * How often a backtest over `spanMs` evaluates: the monitor's `every`, or the smallest multiple of it that keeps
 * to `MAX_BACKTEST_EVALUATIONS`. An enlarged step is rounded up to one that divides the window when one exists
 * below twice the smallest, so the evaluations' windows fall on a few grids of whole windows and are read
 * together (a 1 h window evaluated every 30 min costs two reads, every 25 min one per evaluation).
 */
export function backtestStep(spanMs: number, everyMs: number, windowMs: number): number {
  const least = Math.max(1, Math.ceil(spanMs / (MAX_BACKTEST_EVALUATIONS * everyMs)));
  if (least === 1) return everyMs;
  for (let k = least; k <= 2 * least; k++) {
    const step = k * everyMs;
    if (step > windowMs) break;
    if (windowMs % step === 0) return step;
  }
  return least * everyMs;
}

/** The instants a backtest evaluates, as the scheduler would every `stepMs`: from + step, from + 2·step, … ≤ to. */
export function backtestInstants(from: number, to: number, stepMs: number): number[] {
  const n = Math.max(0, Math.floor((to - from) / stepMs));
  return Array.from({ length: n }, (_, i) => from + (i + 1) * stepMs);
}
