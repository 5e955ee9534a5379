import { driftMethods, isDriftMethodName } from "../stats/drift/registry.js";

export interface DriftStatistic {
  readonly feature: string;
  /** The method's statistic as the report gives it (a distance, KS's D, or a test statistic such as χ² or z). */
  readonly statistic: number | null;
  /** The test's p-value; when given for a test other than KS, the drift score is 1 − p (see `driftScore`). */
  readonly pValue?: number | null;
  readonly drifted?: boolean;
  readonly method?: string | null;
}

export interface ImportanceValue {
  readonly feature: string;
  readonly importance: number | null;
}

export interface DriftImpactInput {
  readonly drift: readonly DriftStatistic[];
  /** Every feature's importance (the share's denominator), not only the drift-tested ones. */
  readonly importance: readonly ImportanceValue[];
}

export interface DriftImpactEntry {
  readonly feature: string;
  readonly statistic: number | null;
  /** The drift on the scale the impact uses: a distance (or KS's D), or 1 − p for other tests. */
  readonly score: number | null;
  readonly importance: number | null;
  /** max(importance, 0) / Σ max(importance, 0) over every feature in the importance list. */
  readonly importanceShare: number | null;
  /** score × importanceShare. */
  readonly impact: number | null;
  readonly drifted: boolean;
  /** The drift method's name; null when the input gave none. */
  readonly method: string | null;
}

/**
 * One feature's drift on a scale where larger means more drift: the statistic as given (|·|, since z and t are
 * signed) for distances, KS's D (an ECDF gap in [0, 1]) and unknown methods; 1 − p for the other tests when the
 * p-value is given, since χ², z, t, U, A² and ω² statistics grow with the sample size. Null when not finite.
 */
export function driftScore(drift: DriftStatistic): number | null {
  const { method, pValue, statistic } = drift;
  const test =
    typeof method === "string" && isDriftMethodName(method) && driftMethods[method].type === "test";
  if (test && method !== "ks" && pValue !== undefined && pValue !== null && Number.isFinite(pValue)) {
    return 1 - pValue;
  }
  return statistic !== null && Number.isFinite(statistic) ? Math.abs(statistic) : null;
}

/** Impact first; nulls last; ties by feature name so the order is deterministic. */
function byImpact(a: DriftImpactEntry, b: DriftImpactEntry): number {
  if (a.impact === null || b.impact === null) {
    if (a.impact !== b.impact) return a.impact === null ? 1 : -1;
  } else if (a.impact !== b.impact) {
    return b.impact - a.impact;
  }
  return a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0;
}

/**
 * What explains this change: each drifted feature's drift weighted by its share of the model's importance, so a
 * drifted but unimportant feature explains little and a slightly drifted key feature can explain a lot. Scores
 * from different methods (distances vs 1 − p) are not on one scale: compare features checked by one method family
 * (the report's defaults on large references, normed Wasserstein and Jensen–Shannon, are both distances with a
 * 0.1 threshold). Negative importances (a permutation that helped) count as 0; a feature missing from the
 * importance list gets null share and impact. Sorted by impact, highest first.
 */
export function driftImpact(input: DriftImpactInput): DriftImpactEntry[] {
  const importance = new Map<string, number>();
  let total = 0;
  for (const entry of input.importance) {
    if (entry.importance === null || !Number.isFinite(entry.importance)) continue;
    importance.set(entry.feature, entry.importance);
    total += Math.max(entry.importance, 0);
  }
  return input.drift
    .map((drift): DriftImpactEntry => {
      const weight = importance.get(drift.feature);
      const share = weight !== undefined && total > 0 ? Math.max(weight, 0) / total : null;
      const score = driftScore(drift);
      return {
        feature: drift.feature,
        statistic: drift.statistic,
        score,
        importance: weight ?? null,
        importanceShare: share,
        impact: score !== null && share !== null ? score * share : null,
        drifted: drift.drifted ?? false,
        method: drift.method ?? null,
      };
    })
    .sort(byImpact);
}
