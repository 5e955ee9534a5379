import { ChangeEpisodes, shiftWords } from "./change-episodes.js";
import { integerAtLeast, nonNegative, positive } from "./check-params.js";
import { type DetectorResult, insufficient } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { meanAndStd } from "./mean-and-std.js";
import { presentPoints } from "./present-points.js";

export interface CusumParams {
  /** h, the decision interval in baseline σ (default 10; see CUSUM_DEFAULTS). */
  readonly sensitivity?: number | undefined;
  /** k, the slack in baseline σ (default 0.5: tuned to a 1σ shift). */
  readonly slack?: number | undefined;
  /** Present points at the start of the series that set the target μ₀ and σ (default half of them, rounded down). */
  readonly baseline?: number | undefined;
  /** Present points needed to judge (default 16). */
  readonly minPoints?: number | undefined;
}

/**
 * k = 0.5σ as NIST, but h = 10σ rather than NIST's 4–5σ: those assume a known μ₀ and σ, and with both estimated
 * from an 84-point baseline and the alarm held while S > h, h = 5 leaves ~2.5% of clean rolling evaluations in
 * alarm; h = 10 ~0.01%, and still signals a 2σ shift in about 5 points.
 */
export const CUSUM_DEFAULTS = { sensitivity: 10, slack: 0.5, minPoints: 16 } as const;

/**
 * Two-sided tabular CUSUM (NIST/SEMATECH e-Handbook 6.3.2.3, after Page 1954): μ₀ and σ (ddof 1) come from the
 * baseline prefix, then over the points after it S⁺ = max(0, S⁺ + x − μ₀ − kσ) and S⁻ = max(0, S⁻ + μ₀ − kσ − x).
 * The last present point is anomalous while S⁺ or S⁻ > hσ (no reset after a signal, so a lasting shift keeps
 * alarming); `change` is the latest run above hσ, starting after the last point where that sum was 0. A constant
 * baseline (σ = 0) alarms on any departure from it. Null and NaN points are skipped; indices count them.
 */
export function cusumDetector(series: readonly (number | null)[], params: CusumParams = {}): DetectorResult {
  const h = positive("sensitivity", params.sensitivity ?? CUSUM_DEFAULTS.sensitivity);
  const k = nonNegative("slack", params.slack ?? CUSUM_DEFAULTS.slack);
  const minPoints = integerAtLeast("minPoints", params.minPoints ?? CUSUM_DEFAULTS.minPoints, 3);
  if (params.baseline !== undefined) integerAtLeast("baseline", params.baseline, 2);
  const points = presentPoints(series);
  const n = points.values.length;
  const b = params.baseline ?? n >> 1;
  const need = Math.max(minPoints, b + 1);
  if (n < need) return insufficient(need, n, "points in the series");
  const { mean, std } = meanAndStd(points.values.subarray(0, b));
  const episodes = new ChangeEpisodes(b);
  let up = 0;
  let down = 0;
  for (let i = b; i < n; i++) {
    const x = points.values[i]!;
    up = Math.max(0, up + x - mean - k * std);
    down = Math.max(0, down + mean - k * std - x);
    episodes.step(i, "up", up === 0, up > h * std);
    episodes.step(i, "down", down === 0, down > h * std);
  }
  const anomalous = up > h * std || down > h * std;
  const signed = up >= down ? up : -down;
  const score = std > 0 ? signed / std : signed === 0 ? 0 : null;
  const change = episodes.changePoint(points);
  const last = points.values[n - 1]!;
  const state = anomalous ? "in alarm" : "in control";
  const sums = `S⁺ ${formatNumber(up)}, S⁻ ${formatNumber(down)} against h ${formatNumber(h * std)} (${formatNumber(h)} σ)`;
  const shift = shiftWords(change);
  return {
    status: anomalous ? "anomalous" : "ok",
    score,
    threshold: h,
    observed: last,
    expected: mean,
    lower: null,
    upper: null,
    reason: `CUSUM ${state} at ${formatNumber(last)}: target ${formatNumber(mean)} from ${b} baseline points, ${sums}${shift}`,
    change,
  };
}
