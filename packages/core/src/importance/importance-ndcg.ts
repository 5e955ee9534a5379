import { checkCount } from "./check-rows.js";

/** SageMaker Clarify raises a feature attribution drift violation when the nDCG falls below this. */
export const NDCG_ALERT_THRESHOLD = 0.9;

export type ImportanceByFeature = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function entries(importance: ImportanceByFeature): Map<string, number> {
  const pairs = importance instanceof Map ? [...importance] : Object.entries(importance);
  return new Map(pairs.filter(([, v]) => Number.isFinite(v)));
}

/** Features by importance, highest first; ties by name (code-unit order) so the ranking is deterministic. */
function ranked(features: readonly string[], importance: ReadonlyMap<string, number>): string[] {
  return [...features].sort((a, b) => {
    const diff = importance.get(b)! - importance.get(a)!;
    if (diff !== 0) return diff;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * SageMaker Clarify's feature attribution drift score (docs.aws.amazon.com/sagemaker/latest/dg/
 * clarify-model-monitor-feature-attribution-drift.html): with F the features ranked by baseline importance a(f)
 * (mean |attribution|, expected ≥ 0) and F′ ranked by current importance, nDCG = DCG/iDCG where
 * DCG = Σ_{i=1..k} a(f′_i)/log2(i+1) and iDCG = Σ_{i=1..k} a(f_i)/log2(i+1); 1 means the same ranking, and a
 * feature that falls is penalised by its baseline weight. Only features finite on both sides count; k defaults to
 * all of them. Null when no feature is shared or iDCG is 0 (all baseline importances 0).
 */
export function importanceNdcg(
  baseline: ImportanceByFeature,
  current: ImportanceByFeature,
  k?: number,
): number | null {
  if (k !== undefined) checkCount(k, "k");
  const base = entries(baseline);
  const now = entries(current);
  const shared = [...base.keys()].filter((f) => now.has(f));
  if (shared.length === 0) return null;
  const top = Math.min(k ?? shared.length, shared.length);
  const ideal = ranked(shared, base);
  const observed = ranked(shared, now);
  let dcg = 0;
  let idcg = 0;
  for (let i = 0; i < top; i++) {
    const discount = Math.log2(i + 2);
    dcg += base.get(observed[i]!)! / discount;
    idcg += base.get(ideal[i]!)! / discount;
  }
  return idcg > 0 ? dcg / idcg : null;
}
