import type { DetectorResult } from "./detector-result.js";

/**
 * Evaluates every point from `window` on against the `window` points before it, as a monitor would over a rolling
 * history, and returns the indices judged anomalous.
 */
export function rollingFlags(
  series: readonly (number | null)[],
  window: number,
  judge: (history: readonly (number | null)[], current: number, at: number) => DetectorResult,
): number[] {
  const flagged: number[] = [];
  for (let i = window; i < series.length; i++) {
    const current = series[i];
    if (current === null || current === undefined) continue;
    if (judge(series.slice(i - window, i), current, i).status === "anomalous") flagged.push(i);
  }
  return flagged;
}
