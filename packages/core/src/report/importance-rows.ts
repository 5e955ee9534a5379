import type { FeatureImportance } from "./types.js";

/** 1-based ranks by importance, largest first, ties by name; features without a finite value get none. */
function ranks(importance: ReadonlyMap<string, number | null>): Map<string, number> {
  const present = [...importance].filter(
    (e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]),
  );
  present.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Map(present.map(([name], i) => [name, i + 1] as const));
}

/** Each feature's importance beside its baseline's, with both ranks, most important first. */
export function importanceRows(
  features: readonly string[],
  current: ReadonlyMap<string, number | null>,
  baseline: ReadonlyMap<string, number | null> | undefined,
): FeatureImportance[] {
  const rank = ranks(current);
  const baselineRank = baseline ? ranks(baseline) : new Map<string, number>();
  return features
    .map((feature) => {
      const importance = current.get(feature) ?? null;
      const before = baseline?.get(feature) ?? null;
      return {
        feature,
        importance,
        baseline: before,
        change: importance !== null && before !== null ? importance - before : null,
        rank: rank.get(feature) ?? null,
        baselineRank: baselineRank.get(feature) ?? null,
      };
    })
    .sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));
}
