import { finiteCurrent, integerAtLeast, positive } from "./check-params.js";
import { type DetectorResult, insufficient } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { presentValues } from "./present-points.js";
import { robustSpread, robustVerdict, spreadWords } from "./robust-spread.js";

export interface MadParams {
  /** |robust z| above which the value is anomalous; 3.5 is Iglewicz & Hoaglin's cut-off for the modified z-score. */
  readonly sensitivity?: number | undefined;
  /** Present history points needed to judge (default 8). */
  readonly minHistory?: number | undefined;
}

export const MAD_DEFAULTS = { sensitivity: 3.5, minHistory: 8 } as const;

/**
 * Robust z-score of `current` against its history: z = (x − median) / (1.4826·MAD), the MAD scaled as
 * scipy.stats.median_abs_deviation(scale="normal"); anomalous when |z| > sensitivity. Null and NaN history points
 * are skipped; see `robustSpread` for a MAD of 0.
 */
export function madDetector(
  history: readonly (number | null)[],
  current: number,
  params: MadParams = {},
): DetectorResult {
  const sensitivity = positive("sensitivity", params.sensitivity ?? MAD_DEFAULTS.sensitivity);
  const minHistory = integerAtLeast("minHistory", params.minHistory ?? MAD_DEFAULTS.minHistory, 1);
  finiteCurrent(current);
  const values = presentValues(history);
  if (values.length < minHistory) return insufficient(minHistory, values.length, "history points");
  const spread = robustSpread(values);
  const against = `the median ${formatNumber(spread.center)} of ${values.length} points (${spreadWords(spread)})`;
  return robustVerdict(current, spread, sensitivity, against);
}
