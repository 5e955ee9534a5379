import { clipProbability } from "./clip-probability.js";
import { durbinMatrixCdf } from "./kolmogorov-durbin.js";
import { pelzGoodCdf } from "./kolmogorov-pelz-good.js";
import { pomeranzCdf } from "./kolmogorov-pomeranz.js";
import { smirnovSf } from "./smirnov.js";
import { LOG_SQRT_TWO_PI, stirlingSeries } from "./stirling.js";

/** Up to this n the exact algorithms (Durbin's matrix, Pomeranz) cover all of 0 < n·x² ≤ 4. */
const SMALL_N = 140;

/** ln(n!/nⁿ) = ½ln n − n + ln√(2π) + Stirling's series at n, free of the cancellation in ln n! − n ln n. */
function logFactorialOverPower(n: number): number {
  return Math.log(n) / 2 - n + LOG_SQRT_TWO_PI + stirlingSeries(n);
}

/**
 * The survival function P(Dₙ ≥ x) of the two-sided one-sample Kolmogorov–Smirnov statistic (scipy.stats.kstwo.sf,
 * scipy 1.10's _ksstats.kolmogn with cdf=False). Picks the method as Simard and L'Ecuyer (2011) do and scipy follows:
 * Ruben–Gambino closed forms at the ends, twice the one-sided Smirnov tail where the two tails cannot overlap or the
 * overlap is negligible, Durbin's matrix or Pomeranz's recursion for small n, Pelz–Good for large n. NaN unless n is a
 * positive integer.
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 1 || Number.isNaN(x)) return Number.NaN;
  // Outside the support [1/(2n), 1].
  if (x <= 0.5 / n) return 1;
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 1) {
    // P(Dₙ ≤ x) = n!/nⁿ · (2t − 1)ⁿ for 1/(2n) < x ≤ 1/n.
    let cdf: number;
    if (n <= SMALL_N) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= SMALL_N) {
    if (nxSquared <= 0.754693) return clipProbability(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clipProbability(1 - pomeranzCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - clipProbability(cdf));
}
