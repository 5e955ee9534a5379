import type { DriftColumn, DriftMethodName } from "@telltale/core";
import { formatNumber } from "../../format/format";

const METHOD_NAMES: Record<DriftMethodName, string> = {
  ks: "Kolmogorov–Smirnov",
  chisquare: "Chi-square",
  z: "Z-test",
  wasserstein: "Wasserstein distance",
  psi: "PSI",
  jensenshannon: "Jensen–Shannon distance",
  kl: "KL divergence",
  hellinger: "Hellinger distance",
  anderson: "Anderson–Darling",
  cramervonmises: "Cramér–von Mises",
  energy: "Energy distance",
  ttest: "t-test",
  mannwhitney: "Mann–Whitney U",
};

/** `Jensen–Shannon distance 0.0008 (threshold 0.1)`, or for a test `Kolmogorov–Smirnov p = 0.03 (threshold 0.05)`. */
export function driftText(
  column: Pick<DriftColumn, "method" | "statistic" | "pValue" | "threshold">,
): string {
  const name = METHOD_NAMES[column.method] ?? column.method;
  const value =
    column.pValue !== null ? `p = ${formatNumber(column.pValue)}` : formatNumber(column.statistic);
  return `${name} ${value} (threshold ${formatNumber(column.threshold)})`;
}
