import { benjaminiHochberg } from "./benjamini-hochberg.js";
import type { Slice } from "./slice-types.js";

/** A tested slice before the family-wide correction, with the score it is ranked by. */
export type Candidate = Omit<Slice, "adjustedPValue" | "significant"> & {
  readonly score: number;
  /**
   * A conjunction's p-value for being worse than each of its conditions alone (the larger of the two tests of it
   * against the rest of each condition; 1 when it is not worse than one of them).
   */
  readonly beyondParts?: number;
};

/**
 * Adjusts every tested slice's p-value together (Benjamini–Hochberg) and returns the worse-than-the-rest ones:
 * significant first, then by score, then by fewer conditions; `tested` counts the whole family. A conjunction is
 * reported only when it is worse than each of its parts with the `beyondParts` p-values, adjusted together over
 * every conjunction, below alpha: otherwise a part explains it (it still counts in the family).
 */
export function rankSlices(candidates: readonly Candidate[], alpha: number, limit: number): Slice[] {
  const adjusted = benjaminiHochberg(Float64Array.from(candidates, (c) => c.pValue));
  const beyond = benjaminiHochberg(Float64Array.from(candidates, (c) => c.beyondParts ?? Number.NaN));
  const slices = candidates.map((c, i) => {
    const { score, beyondParts, ...slice } = c;
    const p = adjusted[i]!;
    const reportable = beyondParts === undefined || beyond[i]! < alpha;
    return { slice: { ...slice, adjustedPValue: p, significant: p < alpha }, score, reportable };
  });
  return slices
    .filter((s) => s.reportable && s.slice.difference > 0)
    .sort(
      (a, b) =>
        Number(b.slice.significant) - Number(a.slice.significant) ||
        b.score - a.score ||
        a.slice.conditions.length - b.slice.conditions.length,
    )
    .slice(0, limit)
    .map((s) => s.slice);
}
