import { besselKScaled } from "./bessel-k.js";

/**
 * CDF of the Cramér–von Mises statistic's limiting distribution, eq. 1.2–1.3 of Csörgő & Faraway (1996), summed
 * like scipy 1.10's `_cdf_cvm_inf`: terms are added until one falls below 1e-7 in size (so it is accurate to about
 * that, and worse above x ≈ 4, where the CDF is within 1e-7 of 1). For x > 0.
 */
export function cvmLimitCdf(x: number): number {
  if (!(x > 0)) return 0;
  let total = 0;
  // Γ(k + ½) / Γ(k + 1), by the recurrence from Γ(½) = √π.
  let gammaRatio = Math.sqrt(Math.PI);
  const scale = Math.PI ** 1.5 * Math.sqrt(x);
  for (let k = 0; k < 10_000; k++) {
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    // exp(−q) · K_¼(q) = exp(−2q) · (e^q K_¼(q)).
    const term = (gammaRatio / scale) * Math.sqrt(y) * Math.exp(-2 * q) * besselKScaled(0.25, q);
    total += term;
    if (Math.abs(term) < 1e-7) break;
    gammaRatio *= (k + 0.5) / (k + 1);
  }
  return total;
}
