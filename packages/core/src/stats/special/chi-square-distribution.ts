import { regularizedGammaQ } from "./incomplete-gamma.js";

/** The chi-square survival function Q(df/2, x/2) (scipy.stats.chi2.sf, scipy.special.chdtrc); 1 for x < 0, df > 0. */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (x < 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
