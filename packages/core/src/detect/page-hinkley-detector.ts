import { ChangeEpisodes, shiftWords } from "./change-episodes.js";
import { inHalfOpen, integerAtLeast, nonNegative, positive } from "./check-params.js";
import { type DetectorResult, insufficient } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { meanAndStd, meanOf } from "./mean-and-std.js";
import { presentPoints } from "./present-points.js";

export interface PageHinkleyParams {
  /** λ, the detection threshold (river's `threshold`, default 50), in the series' unit or in σ (see `unit`). */
  readonly sensitivity?: number | undefined;
  /** δ, the magnitude of change tolerated (default 0.005), in the same unit as λ. */
  readonly delta?: number | undefined;
  /** α in (0, 1], the forgetting factor of the cumulative sums (default 1 − 0.0001). */
  readonly alpha?: number | undefined;
  /** Present points before a change can be signalled (default 30). */
  readonly minInstances?: number | undefined;
  /** Watch increases, decreases or both (default). */
  readonly mode?: "up" | "down" | "both" | undefined;
  /**
   * `raw` (default): δ and λ in the series' unit, as river takes them; `sigma`: in the sample standard deviation of
   * the baseline prefix, so that one setting suits metrics of any scale.
   */
  readonly unit?: "raw" | "sigma" | undefined;
  /** With unit `sigma`: present points at the start that set σ (default half of them, at least 2). */
  readonly baseline?: number | undefined;
}

export const PAGE_HINKLEY_DEFAULTS = {
  sensitivity: 50,
  delta: 0.005,
  alpha: 1 - 0.0001,
  minInstances: 30,
  mode: "both",
  unit: "raw",
} as const;

/**
 * Page–Hinkley test in the update order of river's `drift.PageHinkley`: per point the running mean x̄ (plain, not
 * faded), then m⁺ = α·m⁺ + (x − x̄) − δ and m⁻ = α·m⁻ + (x − x̄) + δ with their running min / max; from the
 * `minInstances`-th point a change is signalled when m⁺ − min m⁺ > λ (up) or max m⁻ − m⁻ > λ (down). The first
 * signal is river's first detection; unlike river the sums are not reset after it, so the last point stays
 * anomalous while the new level lasts. `change` is the latest signal, starting after the sum's last extreme;
 * `expected` is the mean before it (of every point when there is none). Null and NaN points are skipped.
 */
export function pageHinkleyDetector(
  series: readonly (number | null)[],
  params: PageHinkleyParams = {},
): DetectorResult {
  const threshold = positive("sensitivity", params.sensitivity ?? PAGE_HINKLEY_DEFAULTS.sensitivity);
  const delta = nonNegative("delta", params.delta ?? PAGE_HINKLEY_DEFAULTS.delta);
  const alpha = inHalfOpen("alpha", params.alpha ?? PAGE_HINKLEY_DEFAULTS.alpha, 0, 1);
  const minInstances = integerAtLeast(
    "minInstances",
    params.minInstances ?? PAGE_HINKLEY_DEFAULTS.minInstances,
    1,
  );
  const mode = params.mode ?? PAGE_HINKLEY_DEFAULTS.mode;
  if (mode !== "up" && mode !== "down" && mode !== "both") {
    throw new RangeError(`mode must be "up", "down" or "both", got ${mode}`);
  }
  const unitName = params.unit ?? PAGE_HINKLEY_DEFAULTS.unit;
  if (unitName !== "raw" && unitName !== "sigma")
    throw new RangeError(`unit must be "raw" or "sigma", got ${unitName}`);
  if (params.baseline !== undefined) integerAtLeast("baseline", params.baseline, 2);
  const points = presentPoints(series);
  const n = points.values.length;
  const b = params.baseline ?? Math.max(2, n >> 1);
  const need = unitName === "sigma" ? Math.max(minInstances, b + 1) : minInstances;
  if (n < need) return insufficient(need, n, "points in the series");
  const unit = unitName === "sigma" ? meanAndStd(points.values.subarray(0, b)).std : 1;
  const tolerance = delta * unit;
  const limit = threshold * unit;
  const watchUp = mode !== "down";
  const watchDown = mode !== "up";
  const episodes = new ChangeEpisodes(0);
  let mean = 0;
  let up = 0;
  let down = 0;
  let minUp = Number.POSITIVE_INFINITY;
  let maxDown = Number.NEGATIVE_INFINITY;
  let testUp = 0;
  let testDown = 0;
  for (let i = 0; i < n; i++) {
    const x = points.values[i]!;
    mean += (x - mean) / (i + 1);
    const deviation = x - mean;
    up = alpha * up + deviation - tolerance;
    down = alpha * down + deviation + tolerance;
    const newMin = up < minUp;
    const newMax = down > maxDown;
    if (newMin) minUp = up;
    if (newMax) maxDown = down;
    const judged = i + 1 >= minInstances;
    testUp = watchUp && judged ? up - minUp : 0;
    testDown = watchDown && judged ? maxDown - down : 0;
    if (watchUp) episodes.step(i, "up", newMin, testUp > limit);
    if (watchDown) episodes.step(i, "down", newMax, testDown > limit);
  }
  const anomalous = testUp > limit || testDown > limit;
  const signed = testUp >= testDown ? testUp : -testDown;
  const score = unit > 0 ? signed / unit : signed === 0 ? 0 : null;
  const change = episodes.changePoint(points);
  const last = points.values[n - 1]!;
  const level = change ? change.before : meanOf(points.values);
  const units = unitName === "sigma" ? ` (${formatNumber(threshold)} σ)` : "";
  const shift = shiftWords(change);
  return {
    status: anomalous ? "anomalous" : "ok",
    score,
    threshold,
    observed: last,
    expected: level,
    lower: null,
    upper: null,
    reason: `Page–Hinkley ${anomalous ? "in alarm" : "in control"} at ${formatNumber(last)}: statistic up ${formatNumber(testUp)}, down ${formatNumber(testDown)} against λ ${formatNumber(limit)}${units}${shift}`,
    change,
  };
}
