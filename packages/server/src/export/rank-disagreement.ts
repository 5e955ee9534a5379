/**
 * The rows where another version disagrees with the stored prediction, most disagreeing first. Classification:
 * rows whose predicted class differs, ordered by the gap in P(positive) when both scores exist; regression: every
 * row whose values differ, by the absolute difference. Ties keep the candidates' (seeded random) order.
 */
export function rankDisagreement(
  task: "binary" | "multiclass" | "regression",
  stored: {
    readonly predictions: readonly (string | number | null)[];
    readonly scores: readonly (number | null)[];
  },
  other: { readonly predictions: readonly (string | number | null)[]; readonly scores: Float64Array | null },
): number[] {
  const ranked: { index: number; gap: number }[] = [];
  stored.predictions.forEach((mine, i) => {
    const theirs = other.predictions[i];
    if (mine === null || theirs === null || theirs === undefined) return;
    if (task === "regression") {
      const gap = Math.abs(Number(mine) - Number(theirs));
      if (gap > 0) ranked.push({ index: i, gap });
      return;
    }
    if (String(mine) === String(theirs)) return;
    const a = stored.scores[i];
    const b = other.scores?.[i];
    const gap = a !== null && a !== undefined && b !== undefined && Number.isFinite(b) ? Math.abs(a - b) : 0;
    ranked.push({ index: i, gap });
  });
  return ranked.sort((x, y) => y.gap - x.gap || x.index - y.index).map((r) => r.index);
}
