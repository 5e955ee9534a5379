import type { DriftMethodName } from "@telltale/core";

export interface DriftMethodInfo {
  readonly label: string;
  /** Tests drift on a small p-value, distances on a large statistic (core's stats/drift/registry.ts). */
  readonly type: "test" | "distance";
}

/** Core's registry as the browser needs it, without bundling core's statistics; a test keeps the two in step. */
export const DRIFT_METHODS: Readonly<Record<DriftMethodName, DriftMethodInfo>> = {
  ks: { label: "Kolmogorov–Smirnov", type: "test" },
  chisquare: { label: "Chi-square", type: "test" },
  z: { label: "Z-test", type: "test" },
  wasserstein: { label: "Wasserstein distance", type: "distance" },
  psi: { label: "PSI", type: "distance" },
  jensenshannon: { label: "Jensen–Shannon distance", type: "distance" },
  kl: { label: "KL divergence", type: "distance" },
  hellinger: { label: "Hellinger distance", type: "distance" },
  anderson: { label: "Anderson–Darling", type: "test" },
  cramervonmises: { label: "Cramér–von Mises", type: "test" },
  energy: { label: "Energy distance", type: "distance" },
  ttest: { label: "t-test", type: "test" },
  mannwhitney: { label: "Mann–Whitney U", type: "test" },
};

/** True when the method's threshold applies to the p-value, not the statistic. */
export function comparesPValue(method: DriftMethodName): boolean {
  return DRIFT_METHODS[method]?.type === "test";
}

export function methodLabel(method: DriftMethodName): string {
  return DRIFT_METHODS[method]?.label ?? method;
}
