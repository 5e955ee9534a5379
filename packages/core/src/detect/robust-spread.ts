import type { DetectorVerdict } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { median } from "./median.js";

/** Φ⁻¹(3/4): scipy.stats.median_abs_deviation(scale="normal") divides the MAD by it (≈ 1.4826·MAD). */
const NORMAL_MAD = 0.6744897501960817;
/** √(π/2): the mean absolute deviation of a normal sample times this estimates σ (≈ 1.2533). */
const NORMAL_MEAN_AD = 1.2533141373155003;

/**
 * A robust centre and scale: the median and the MAD scaled to σ for normal data. When more than half the values
 * equal the median (MAD = 0) the scale falls back to 1.2533 × the mean absolute deviation from the median (IBM
 * SPSS's modified z-score rule), and to 0 when every value equals the median.
 */
export interface RobustSpread {
  readonly center: number;
  readonly scale: number;
  readonly by: "mad" | "mean-absolute-deviation" | "constant";
}

export function robustSpread(values: Float64Array): RobustSpread {
  const center = median(values);
  const deviations = values.map((v) => Math.abs(v - center));
  const mad = median(deviations);
  if (mad > 0) return { center, scale: mad / NORMAL_MAD, by: "mad" };
  let sum = 0;
  for (const d of deviations) sum += d;
  const meanDeviation = sum / deviations.length;
  if (meanDeviation > 0)
    return { center, scale: NORMAL_MEAN_AD * meanDeviation, by: "mean-absolute-deviation" };
  return { center, scale: 0, by: "constant" };
}

/** The robust z of `x` and the band centre ± sensitivity·scale; with a scale of 0, any other value is anomalous. */
export function robustZ(
  spread: RobustSpread,
  x: number,
  sensitivity: number,
): { score: number | null; lower: number; upper: number; anomalous: boolean } {
  const { center, scale } = spread;
  const lower = center - sensitivity * scale;
  const upper = center + sensitivity * scale;
  if (scale === 0) return { score: x === center ? 0 : null, lower, upper, anomalous: x !== center };
  const score = (x - center) / scale;
  return { score, lower, upper, anomalous: Math.abs(score) > sensitivity };
}

/** How a robust band was measured, for the reason line. */
export function spreadWords(spread: RobustSpread): string {
  switch (spread.by) {
    case "mad":
      return `scaled MAD ${formatNumber(spread.scale)}`;
    case "mean-absolute-deviation":
      return `MAD 0, 1.2533 × mean absolute deviation ${formatNumber(spread.scale)}`;
    case "constant":
      return "zero spread";
  }
}

/** The verdict of a robust z-score of `current` against `spread`; `against` says what the spread was taken over. */
export function robustVerdict(
  current: number,
  spread: RobustSpread,
  sensitivity: number,
  against: string,
): DetectorVerdict {
  const { score, lower, upper, anomalous } = robustZ(spread, current, sensitivity);
  return {
    status: anomalous ? "anomalous" : "ok",
    score,
    threshold: sensitivity,
    observed: current,
    expected: spread.center,
    lower,
    upper,
    reason:
      score === null
        ? `${formatNumber(current)} differs from ${against}`
        : `${formatNumber(current)} has robust z ${formatNumber(score)} against ${against}; anomalous when |z| > ${formatNumber(sensitivity)}`,
  };
}
