import { finiteCurrent, inHalfOpen, integerAtLeast, positive } from "./check-params.js";
import { type DetectorResult, insufficient } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { meanAndStd } from "./mean-and-std.js";
import { presentValues } from "./present-points.js";

export interface EwmaParams {
  /** L, the width of the control limits in σ of the EWMA statistic (default 3.5). */
  readonly sensitivity?: number | undefined;
  /** λ in (0, 1], the weight of the newest point (default 0.2). */
  readonly lambda?: number | undefined;
  /** Present history points needed to judge (default 8). */
  readonly minHistory?: number | undefined;
}

/**
 * λ = 0.2 (Montgomery's range 0.05–0.25 favours small sustained shifts, which MAD misses) and L = 3.5 rather than
 * the textbook 3: with σ estimated from a 168-point rolling history, L = 3 raises a false alarm on ~0.3% of clean
 * evaluations (ARL₀ ≈ 500); L = 3.5 on ~0.05%, level with MAD at 3.5.
 */
export const EWMA_DEFAULTS = { sensitivity: 3.5, lambda: 0.2, minHistory: 8 } as const;

/**
 * EWMA control chart (NIST/SEMATECH e-Handbook 6.3.2.4): μ and σ are the history's mean and sample standard
 * deviation (ddof 1; safer than the moving range on autocorrelated metric series), z₀ = μ and z_t = λx_t + (1−λ)z_{t−1}
 * over the present history points then `current`, and the point after `current` (t = n + 1) is anomalous outside
 * μ ± L·σ·√(λ/(2−λ)·(1−(1−λ)^{2t})). A constant history (σ = 0) flags any other value.
 */
export function ewmaDetector(
  history: readonly (number | null)[],
  current: number,
  params: EwmaParams = {},
): DetectorResult {
  const sensitivity = positive("sensitivity", params.sensitivity ?? EWMA_DEFAULTS.sensitivity);
  const lambda = inHalfOpen("lambda", params.lambda ?? EWMA_DEFAULTS.lambda, 0, 1);
  const minHistory = integerAtLeast("minHistory", params.minHistory ?? EWMA_DEFAULTS.minHistory, 2);
  finiteCurrent(current);
  const values = presentValues(history);
  if (values.length < minHistory) return insufficient(minHistory, values.length, "history points");
  const { mean, std } = meanAndStd(values);
  if (std === 0) {
    const ewma = lambda * current + (1 - lambda) * mean;
    const anomalous = current !== mean;
    return {
      status: anomalous ? "anomalous" : "ok",
      score: anomalous ? null : 0,
      threshold: sensitivity,
      observed: anomalous ? ewma : mean,
      expected: mean,
      lower: mean,
      upper: mean,
      reason: `${formatNumber(current)} ${anomalous ? "differs from" : "equals"} the constant history ${formatNumber(mean)} (${values.length} points)`,
    };
  }
  let ewma = mean;
  for (const v of values) ewma = lambda * v + (1 - lambda) * ewma;
  ewma = lambda * current + (1 - lambda) * ewma;
  const t = values.length + 1;
  const sigma = std * Math.sqrt((lambda / (2 - lambda)) * (1 - (1 - lambda) ** (2 * t)));
  const score = (ewma - mean) / sigma;
  const anomalous = Math.abs(score) > sensitivity;
  return {
    status: anomalous ? "anomalous" : "ok",
    score,
    threshold: sensitivity,
    observed: ewma,
    expected: mean,
    lower: mean - sensitivity * sigma,
    upper: mean + sensitivity * sigma,
    reason: `EWMA ${formatNumber(ewma)} (λ ${formatNumber(lambda)}) after ${formatNumber(current)} is ${formatNumber(score)} σ from the mean ${formatNumber(mean)} of ${values.length} points; anomalous beyond ±${formatNumber(sensitivity)} σ`,
  };
}
